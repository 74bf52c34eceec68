extension LogsTailCommand {
    /// `aws logs tail help`, laid out as Shipyard's other help pages, saying how `--follow`
    /// ends here.
    static let help = """
        TAIL()

        NAME
               tail -

        DESCRIPTION
               Tails the logs for a CloudWatch Logs group: the events of all its
               streams (or of the streams named) since --since, interleaved, one per
               line as <timestamp> <stream> <message>.

               In Shipyard, --follow polls every five seconds of simulated time, as
               aws-cli does, and returns once the group has been quiet for fifteen
               simulated seconds (or after ten simulated minutes) instead of running
               until Control-C.

        SYNOPSIS
                    tail
                  group_name <value>
                  [--since <value>]
                  [--follow]
                  [--format <value>]
                  [--filter-pattern <value>]
                  [--log-stream-names <value> [<value>...]]
                  [--log-stream-name-prefix <value>]

        OPTIONS
               group_name (string)

               --since (string) Default 10m: a relative time (a number and one of s,
               m, h, d, w) or an ISO 8601 timestamp.

               --follow (boolean)

               --format (string) detailed (default), short or json.

               --filter-pattern (string)

               --log-stream-names (string)

               --log-stream-name-prefix (string)


        """
}
