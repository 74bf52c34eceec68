# `date` on the simulated clock, as GNU date prints it: the default format, `+FORMAT`,
# ISO 8601, and `-d` with the dates and relative times scripts compute time ranges with
# (`--start-time $(date -u -d '-1 hour' +%FT%TZ)`). Mistakes get GNU date's messages.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ date
Thu Jan  1 00:00:00 UTC 2026
$ date -u
Thu Jan  1 00:00:01 UTC 2026
$ date +%F
2026-01-01
$ date -u +%FT%TZ
2026-01-01T00:00:03Z
$ date -u -d '-1 hour' +%FT%TZ
2025-12-31T23:00:04Z
$ date -d '10 minutes ago' '+%F %T'
2025-12-31 23:50:05
$ date -d '2 days' -I
2026-01-03
$ date -d yesterday
Wed Dec 31 00:00:07 UTC 2025
$ date --date=tomorrow +%a
Fri
$ date -d '2026-03-01T12:30:00Z' -Iseconds
2026-03-01T12:30:00+00:00
$ date -d '2026-03-01 12:30' -Iminutes
2026-03-01T12:30+00:00
$ date -d @0
Thu Jan  1 00:00:00 UTC 1970
$ date +%s
1767225612
$ date '+%j %e %R %z %:z %Z %%'
001  1 00:00 +0000 +00:00 UTC %
$ echo "start=$(date -u -d '-15 min' +%FT%TZ)"
start=2025-12-31T23:45:14Z
$ date -d 'next blursday'
date: invalid date ‘next blursday’
? 1
$ date -x
date: invalid option -- 'x'
Try 'date --help' for more information.
? 1
$ date a b
date: extra operand ‘b’
Try 'date --help' for more information.
? 1
$ date +%F +%T
date: extra operand ‘+%T’
Try 'date --help' for more information.
? 1
$ date -d
date: option requires an argument -- 'd'
Try 'date --help' for more information.
? 1
$ date -d "99999999999999999 days"
date: invalid date ‘99999999999999999 days’
? 1
$ help date
date [-u] [-d WHEN] [+FORMAT | -I[date|hours|minutes|seconds]]: the simulated time in UTC, as GNU date prints it. WHEN is an ISO time, @EPOCH, now, yesterday, tomorrow, or relative items (-1 hour, 10 minutes ago).
