package com.rollkiosk.json;

import java.util.List;
import java.util.stream.Collectors;

/** Every problem found in a set of files, so staff can fix them all in one pass. */
public final class InvalidFilesException extends Exception {

    private final transient List<Problem> problems;

    public InvalidFilesException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
