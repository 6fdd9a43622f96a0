package io.campaignsim.core;

/**
 * A failure of the cluster a run was sent to (a lost executor, a job aborted by the cluster
 * manager), as opposed to bad input or a bug in campaignsim: the command prints its one-line
 * message and exits with status 1; nothing is written.
 */
public final class ClusterFault extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ClusterFault(String message, Throwable cause) {
        super(message, cause);
    }
}
