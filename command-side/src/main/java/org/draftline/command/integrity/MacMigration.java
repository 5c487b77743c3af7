package org.draftline.command.integrity;

import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Witnesses, as Flyway applies it, the migration that gave the chain its MACs. Only a start that applied
 * it gives the links it marked their MAC: marks found at any other start were not written by that
 * migration (someone with the database wrote them to have forged links MACed) and are left alone.
 */
final class MacMigration implements Callback {

    static final String VERSION = "2026.11.30.44";

    private final AtomicBoolean appliedNow = new AtomicBoolean();

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_EACH_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        MigrationInfo migration = context.getMigrationInfo();
        if (migration != null && migration.getVersion() != null
                && VERSION.equals(migration.getVersion().getVersion())) {
            appliedNow.set(true);
        }
    }

    @Override
    public String getCallbackName() {
        return "draftline-chain-mac-migration";
    }

    /** Whether this start applied the MAC migration. */
    boolean appliedNow() {
        return appliedNow.get();
    }
}
