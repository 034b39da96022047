package eu.resilience.assessment.questionnaire.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.theme.lumo.LumoUtility;
import eu.resilience.assessment.base.ui.HtmlText;
import eu.resilience.assessment.base.ui.Markdown;
import eu.resilience.assessment.questionnaire.Band;
import eu.resilience.assessment.questionnaire.Domain;
import eu.resilience.assessment.questionnaire.Goal;
import eu.resilience.assessment.questionnaire.LocalizedText;
import eu.resilience.assessment.questionnaire.MaturityLevel;
import eu.resilience.assessment.questionnaire.Practice;
import eu.resilience.assessment.questionnaire.Questionnaire;
import eu.resilience.assessment.questionnaire.QuestionnaireService;
import eu.resilience.assessment.questionnaire.Scale;
import eu.resilience.assessment.questionnaire.ScaleOption;
import eu.resilience.assessment.questionnaire.ScoringMethod;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** One questionnaire version: its scoring model, domains and goals, counts per level, and a read-only preview. */
@Route("questionnaires/:id/:version")
@PermitAll
public class QuestionnaireView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final QuestionnaireService questionnaires;
    private Questionnaire questionnaire;

    public QuestionnaireView(QuestionnaireService questionnaires) {
        this.questionnaires = questionnaires;
        addClassName("ra-page-l");
    }

    static RouteParameters parameters(Questionnaire questionnaire) {
        return new RouteParameters(java.util.Map.of("id", questionnaire.id(), "version", questionnaire.version()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        String version = event.getRouteParameters().get("version").orElse("");
        questionnaire = questionnaires.find(id, version).orElse(null);
        if (questionnaire == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        build();
    }

    private void build() {
        Locale locale = getLocale();
        add(new H2(questionnaire.title().in(locale)));
        add(new Paragraph(questionnaire.description().in(locale)));
        Span meta = new Span(String.join(
                " · ",
                List.of(
                        questionnaire.id(),
                        getTranslation("questionnaire.version", questionnaire.version()),
                        getTranslation("status." + questionnaire.status().name()),
                        getTranslation("method." + questionnaire.method().name()),
                        String.join(", ", questionnaire.languages()))));
        meta.addClassName("ra-muted");
        meta.setId("questionnaire-meta");
        add(meta);
        if (!questionnaire.source().isEmpty()) {
            add(source());
        }

        add(new H3(getTranslation("questionnaire.scoring")));
        add(scoringModel(locale));
        for (Scale scale : questionnaire.scales()) {
            add(scale(scale, locale));
        }
        add(new H3(getTranslation("questionnaire.overview")));
        add(overview(locale));
        add(new H3(getTranslation("questionnaire.preview")));
        for (Domain domain : questionnaire.domains()) {
            add(domainPreview(domain, locale));
        }
    }

    private Component scoringModel(Locale locale) {
        UnorderedList list = new UnorderedList();
        if (questionnaire.method() == ScoringMethod.CUMULATIVE) {
            questionnaire
                    .levelZeroName()
                    .ifPresent(zero -> list.add(new ListItem(
                            zero.id() + " " + zero.name().in(locale) + suffix(zero.description(), locale))));
            for (MaturityLevel level : questionnaire.levels()) {
                list.add(
                        new ListItem(level.id() + " " + level.name().in(locale) + suffix(level.description(), locale)));
            }
        } else {
            for (Band band : questionnaire.bands()) {
                list.add(new ListItem(getTranslation("questionnaire.band.from", band.from()) + " "
                        + band.name().in(locale) + suffix(band.description(), locale)));
            }
        }
        return list;
    }

    private static String suffix(LocalizedText text, Locale locale) {
        return text.isEmpty() ? "" : ": " + text.in(locale);
    }

    private Component scale(Scale scale, Locale locale) {
        StringBuilder rows = new StringBuilder();
        for (ScaleOption option : scale.options()) {
            rows.append("<tr><td>")
                    .append(HtmlText.escape(option.label().in(locale)))
                    .append("</td><td>")
                    .append(String.format(Locale.ROOT, "%.2f", option.value()))
                    .append("</td><td>")
                    .append(HtmlText.escape(getTranslation(
                            option.achieved() ? "questionnaire.achieved.yes" : "questionnaire.achieved.no")))
                    .append("</td><td>")
                    .append(HtmlText.escape(option.description().in(locale)))
                    .append("</td></tr>");
        }
        return new Html("<table class=\"ra-table\"><caption style=\"text-align:left\"><strong>"
                + HtmlText.escape(
                        getTranslation("questionnaire.scale", scale.name().in(locale))) + "</strong></caption><tr><th>"
                + HtmlText.escape(getTranslation("questionnaire.option")) + "</th><th>"
                + HtmlText.escape(getTranslation("questionnaire.value")) + "</th><th>"
                + HtmlText.escape(getTranslation("questionnaire.achieved")) + "</th><th>"
                + HtmlText.escape(getTranslation("questionnaire.description")) + "</th></tr>" + rows + "</table>");
    }

    /** Domains with their goals and the number of practices at each level. */
    private Component overview(Locale locale) {
        StringBuilder html = new StringBuilder("<table class=\"ra-level-table\" id=\"domain-overview\"><tr><th>")
                .append(HtmlText.escape(getTranslation("questionnaire.domain")))
                .append("</th><th>")
                .append(HtmlText.escape(getTranslation("questionnaire.goals")))
                .append("</th>");
        List<MaturityLevel> levels = questionnaire.levels();
        for (MaturityLevel level : levels) {
            html.append("<th>").append(HtmlText.escape(level.id())).append("</th>");
        }
        html.append("<th>")
                .append(HtmlText.escape(getTranslation("questionnaire.practices")))
                .append("</th></tr>");
        int[] totals = new int[levels.size() + 2];
        for (Domain domain : questionnaire.domains()) {
            List<Practice> practices = domain.practices();
            html.append("<tr><td>")
                    .append(HtmlText.escape(domain.id() + " " + domain.title().in(locale)))
                    .append("</td><td>")
                    .append(domain.goals().size())
                    .append("</td>");
            totals[0] += domain.goals().size();
            for (int i = 0; i < levels.size(); i++) {
                int rank = levels.get(i).rank();
                long count =
                        practices.stream().filter(p -> p.levelRank() == rank).count();
                totals[i + 1] += (int) count;
                html.append("<td>").append(count).append("</td>");
            }
            totals[levels.size() + 1] += practices.size();
            html.append("<td>").append(practices.size()).append("</td></tr>");
        }
        html.append("<tr><th>")
                .append(HtmlText.escape(getTranslation("questionnaire.total")))
                .append("</th>");
        for (int total : totals) {
            html.append("<th>").append(total).append("</th>");
        }
        return new Html(html.append("</tr></table>").toString());
    }

    private Component domainPreview(Domain domain, Locale locale) {
        VerticalLayout content = new VerticalLayout();
        content.setPadding(false);
        Details details = new Details(domain.id() + " · " + domain.title().in(locale), content);
        details.setId("domain-" + domain.id());
        details.setWidthFull();
        // build the cards when the domain is opened: the full baseline is hundreds of components
        details.addOpenedChangeListener(opened -> {
            if (opened.isOpened() && content.getComponentCount() == 0) {
                if (!domain.description().isEmpty()) {
                    content.add(new Paragraph(domain.description().in(locale)));
                }
                if (!domain.purpose().isEmpty()) {
                    content.add(HtmlText.line(
                            getTranslation("questionnaire.purpose"),
                            domain.purpose().in(locale)));
                }
                for (Goal goal : domain.goals()) {
                    content.add(new H4(goal.id() + " " + goal.title().in(locale)));
                    goal.practices().forEach(practice -> content.add(practiceCard(practice, locale)));
                }
            }
        });
        return details;
    }

    private Component practiceCard(Practice practice, Locale locale) {
        Div card = new Div();
        card.addClassName("ra-card");
        card.setWidthFull();
        card.setId("practice-" + practice.id());

        Span id = new Span(practice.id());
        id.addClassName("ra-practice-id");
        HorizontalLayout head = new HorizontalLayout(id);
        head.setSpacing(true);
        List<String> badges = new ArrayList<>();
        if (practice.level() != null) {
            badges.add(practice.level().id());
        }
        badges.add(getTranslation("questionnaire.weight", practice.weight()));
        if (practice.naAllowed()) {
            badges.add(getTranslation("questionnaire.na-allowed"));
        }
        if (practice.visibleWhen() != null) {
            badges.add(getTranslation("questionnaire.conditional"));
        }
        badges.forEach(text -> {
            Span badge = new Span(text);
            badge.getElement().getThemeList().add("badge contrast");
            head.add(badge);
        });
        if (!practice.title().isEmpty()) {
            head.add(new Span(practice.title().in(locale)));
        }
        Paragraph text = new Paragraph(practice.text().in(locale));
        text.addClassName(LumoUtility.FontWeight.SEMIBOLD);
        card.add(head, text);

        RadioButtonGroup<ScaleOption> options = new RadioButtonGroup<>();
        options.setItems(practice.scale().options());
        options.setItemLabelGenerator(option -> option.label().in(locale));
        options.setReadOnly(true);
        card.add(options);

        if (!practice.guidance().isEmpty()) {
            Details guidance = new Details(
                    getTranslation("questionnaire.guidance"),
                    Markdown.render(practice.guidance().in(locale)));
            card.add(guidance);
        }
        if (!practice.evidenceHints().isEmpty()) {
            card.add(HtmlText.line(
                    getTranslation("questionnaire.evidence"),
                    String.join(
                            "; ",
                            practice.evidenceHints().stream()
                                    .map(h -> h.in(locale))
                                    .toList())));
        }
        if (!practice.references().isEmpty()) {
            card.add(HtmlText.line(getTranslation("questionnaire.references"), references(practice)));
        }
        if (practice.visibleWhen() != null) {
            card.add(HtmlText.line(
                    getTranslation("questionnaire.shown-when"),
                    practice.visibleWhen().source()));
        }
        if (!practice.recommendation().isEmpty()) {
            card.add(HtmlText.line(
                    getTranslation("questionnaire.recommendation"),
                    practice.recommendation().in(locale)));
        }
        return card;
    }

    /** The practice's references by framework: "NIST CSF 2.0 GV.RR-02 · NIS2 Art. 21(2)(a)". */
    private String references(Practice practice) {
        List<String> parts = new ArrayList<>();
        practice.references()
                .byFramework()
                .forEach((key, ids) -> parts.add(
                        questionnaire.framework(key).map(f -> f.label()).orElse(key) + " " + String.join(", ", ids)));
        return String.join(" · ", parts);
    }

    /** Where the content comes from: title, publisher, date, licence, and the address as a link. */
    private Component source() {
        var source = questionnaire.source();
        Div div = new Div();
        div.setId("questionnaire-source");
        div.addClassName("ra-muted");
        List<String> parts = new ArrayList<>();
        for (String part : List.of(source.title(), source.publisher(), source.date())) {
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        if (!source.licence().isEmpty()) {
            parts.add(getTranslation("questionnaire.source.licence", source.licence()));
        }
        div.add(new Span(getTranslation("questionnaire.source", String.join(" · ", parts))));
        if (!source.url().isEmpty()) {
            com.vaadin.flow.component.html.Anchor link =
                    new com.vaadin.flow.component.html.Anchor(source.url(), source.url());
            link.setTarget("_blank");
            link.getElement().setAttribute("rel", "noopener noreferrer");
            div.add(new Span(" "), link);
        }
        return div;
    }

    @Override
    public String getPageTitle() {
        return questionnaire == null ? "" : questionnaire.title().in(getLocale());
    }
}
