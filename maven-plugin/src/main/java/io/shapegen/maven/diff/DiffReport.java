package io.shapegen.maven.diff;

import io.shapegen.model.diff.Change;
import io.shapegen.model.diff.ModelChanges;
import java.util.List;
import java.util.Objects;

/**
 * What the {@code diff} goal reports: the service, how the two versions were named, their changes, and where the
 * operations' docs pages are.
 *
 * @param service the service's name, from the new model
 * @param oldLabel the old model as the user named it (a path or {@code groupId:artifactId:version!/path})
 * @param newLabel the new model as the user named it
 * @param changes the classified changes
 * @param pages the operations' docs pages, for links
 */
public record DiffReport(String service, String oldLabel, String newLabel, ModelChanges changes,
        OperationPages pages) {
    /** Rejects {@code null}s. */
    public DiffReport {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(oldLabel, "oldLabel");
        Objects.requireNonNull(newLabel, "newLabel");
        Objects.requireNonNull(changes, "changes");
        Objects.requireNonNull(pages, "pages");
    }

    /** @return for example {@code Widgets: 34 changes, 8 breaking, from old.json to new.json} */
    public String summaryLine() {
        return service + ": " + counts() + ", from " + oldLabel + " to " + newLabel;
    }

    /** @return for example {@code 34 changes, 8 breaking}, {@code 1 change, documentation only}, {@code no changes} */
    public String counts() {
        List<Change> all = changes.changes();
        if (all.isEmpty()) {
            return "no changes";
        }
        String count = all.size() + (all.size() == 1 ? " change" : " changes");
        if (changes.isDocumentationOnly()) {
            return count + ", documentation only";
        }
        int breaking = changes.breaking().size();
        return count + ", " + (breaking == 0 ? "none" : String.valueOf(breaking)) + " breaking";
    }

    /**
     * @param changelog where the changelog was written, as the message should show it
     * @return the build failure message of {@code failOnBreaking}: every breaking change and why
     */
    public String breakingFailure(String changelog) {
        List<Change> breaking = changes.breaking();
        StringBuilder text = new StringBuilder().append(breaking.size())
                .append(breaking.size() == 1 ? " breaking change" : " breaking changes").append(" from ")
                .append(oldLabel).append(" to ").append(newLabel).append(" (failOnBreaking is true):\n");
        for (Change change : breaking) {
            text.append("  - ").append(change.summary()).append(". ").append(change.reason()).append('\n');
        }
        return text.append("The changelog is ").append(changelog).append(". Make the new model compatible, or set ")
                .append("<failOnBreaking> to false (-Dshapegen.diff.failOnBreaking=false) to accept these changes.")
                .toString();
    }
}
