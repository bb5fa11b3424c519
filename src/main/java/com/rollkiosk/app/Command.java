package com.rollkiosk.app;

/** A subcommand of the jar: takes its own arguments and returns the process exit code. */
interface Command {
    int run(String[] args);
}
