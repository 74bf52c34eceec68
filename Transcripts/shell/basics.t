# Quotes, status, lists, redirection, files and the clock.
# seed: 42
# start: 2026-01-01T00:00:00Z
$ echo 'single $HOME' "double $HOME" back\ slash
single $HOME double /home/learner back slash
$ false; echo "status: $?"
status: 1
$ true && echo and || echo or
and
$ kubectl get nope || echo "kubectl failed with $?"
error: the server doesn't have a resource type "nope"
kubectl failed with 1
$ echo one > notes.txt; echo two >> notes.txt
$ cat notes.txt
one
two
$ wc -l < notes.txt
2
$ mkdir work && cd work && pwd
/home/learner/work
$ cd .. ; ls
notes.txt
work
$ date
Thu Jan  1 00:00:09 UTC 2026
$ sleep 90
$ date
Thu Jan  1 00:01:41 UTC 2026
$ frob --x
shipyard: frob: command not found
Type `help` to see what Shipyard can run.
? 127
$ echo 'unterminated
> quote'
unterminated
quote
$ echo ; ;
shipyard: syntax error near unexpected token `;'
? 2
