package io.campaignsim.core;

/** A mistake in options or files that the user can fix; printed as one line, exit code 2. */
public class UserInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UserInputException(String message) {
        super(message);
    }
}
