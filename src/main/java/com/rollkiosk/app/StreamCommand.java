package com.rollkiosk.app;

import java.io.PrintStream;
import java.util.concurrent.Callable;

/** A command of the jar: picocli fills its option fields, and it prints to the streams it was given. */
abstract class StreamCommand implements Callable<Integer> {

    protected final PrintStream out;
    protected final PrintStream err;

    StreamCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Parses {@code args} (without the command's name) and runs; how tests start one command. */
    int run(String[] args) {
        return Cli.execute(this, out, err, args);
    }
}
