package io.procurewire.ordersync.pull;

import io.procurewire.problem.ProblemException;

/** Another replica (or request) is running this integration right now. */
public class RunBusy extends ProblemException {
    public RunBusy(String code) {
        super(409, "Conflict", "integration " + code + " is running right now; try again when it has finished");
    }
}
