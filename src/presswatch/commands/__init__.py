"""One module per `presswatch` subcommand; each defines a click command of the same name."""
