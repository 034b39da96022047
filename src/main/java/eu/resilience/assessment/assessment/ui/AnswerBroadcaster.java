package eu.resilience.assessment.assessment.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import eu.resilience.assessment.assessment.AnswerState;
import eu.resilience.assessment.assessment.AnswersSaved;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the questionnaire screens open on this node that answers of their assessment were saved elsewhere, once the
 * saving transaction has committed; each screen updates the cards concerned through server push. Only the screens of
 * this node hear it: on several nodes, a screen of another node learns of the change at its next save of that answer
 * (the conflict) or when it is opened again (docs/DEPLOYMENT.md).
 */
@Component
class AnswerBroadcaster {

    private record Listener(UI ui, Consumer<AnswerState> onSaved) {}

    private final Map<Long, Set<Listener>> listeners = new ConcurrentHashMap<>();

    /** Calls {@code onSaved} in the UI (through {@link UI#access}) for each answer of the assessment saved by another UI. */
    Registration register(long assessmentId, UI ui, Consumer<AnswerState> onSaved) {
        Listener listener = new Listener(ui, onSaved);
        listeners
                .computeIfAbsent(assessmentId, id -> ConcurrentHashMap.newKeySet())
                .add(listener);
        return () -> listeners.computeIfPresent(assessmentId, (id, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    @TransactionalEventListener
    void saved(AnswersSaved event) {
        Set<Listener> open = listeners.get(event.assessmentId());
        if (open == null) {
            return;
        }
        UI saving = UI.getCurrent();
        List<AnswerState> answers = event.answers();
        for (Listener listener : open) {
            if (listener.ui() == saving) {
                continue; // the screen that saved shows it already
            }
            try {
                // queued for the UI's session, run under its lock, then pushed to its browser
                listener.ui().access(() -> answers.forEach(listener.onSaved()));
            } catch (UIDetachedException gone) {
                open.remove(listener);
            }
        }
    }

    /** How many screens listen to the assessment (for tests). */
    int listening(long assessmentId) {
        Set<Listener> open = listeners.get(assessmentId);
        return open == null ? 0 : open.size();
    }
}
