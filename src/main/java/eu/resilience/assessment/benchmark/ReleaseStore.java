package eu.resilience.assessment.benchmark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The stored benchmark releases: written once at publication, then only read. */
@Repository
class ReleaseStore {

    /** A member's figures beyond the overall ones: its domains and its own percentiles (shown to itself only). */
    record Detail(Map<String, Population.Value> domains, Map<String, Double> domainPercentiles) {}

    /** What was published of one slice: for partnership leads, and (the whole campaign and sectors) for operators. */
    record StoredSlice(SliceKey key, int n, SliceReport lead, SliceReport operator) {}

    /** A member row as stored, with its own percentile. */
    record StoredMember(Population.Member member, Double percentile, Map<String, Double> domainPercentiles) {}

    private static final ObjectMapper JSON = JsonMapper.builder()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(MapperFeature.AUTO_DETECT_IS_GETTERS, false)
            .build();

    private final JdbcTemplate jdbc;

    ReleaseStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Release> releases(long campaignId) {
        return jdbc.query(
                "select id, campaign_id, number, published_at, published_by, k, members, after_close"
                        + " from benchmark_release where campaign_id = ? order by number",
                this::toRelease,
                campaignId);
    }

    Optional<Release> release(long releaseId) {
        return jdbc
                .query(
                        "select id, campaign_id, number, published_at, published_by, k, members, after_close"
                                + " from benchmark_release where id = ?",
                        this::toRelease,
                        releaseId)
                .stream()
                .findFirst();
    }

    /** The campaigns whose latest release shows the figures of all its participants to leads, in one query. */
    java.util.Set<Long> campaignsShowingTheirOverall() {
        return new java.util.HashSet<>(jdbc.queryForList(
                "select r.campaign_id from benchmark_release r"
                        + " join benchmark_release_slice s on s.release_id = r.id"
                        + " where s.slice_key = ? and s.figures is not null"
                        + " and r.number = (select max(l.number) from benchmark_release l"
                        + " where l.campaign_id = r.campaign_id)",
                Long.class,
                SliceKey.ALL.toString()));
    }

    /**
     * The latest release of each of these campaigns with its slice {@code key}, in one query whatever the number of
     * campaigns (the trend across the campaigns of a questionnaire). A campaign without a release is absent.
     */
    Map<Long, ReleaseSlice> latestWithSlice(java.util.Collection<Long> campaignIds, SliceKey key, int k) {
        Map<Long, ReleaseSlice> result = new LinkedHashMap<>();
        if (campaignIds.isEmpty()) {
            return result;
        }
        List<Object> arguments = new ArrayList<>();
        arguments.add(key.toString());
        arguments.addAll(campaignIds);
        jdbc.query(
                "select r.id, r.campaign_id, r.number, r.published_at, r.published_by, r.k, r.members,"
                        + " r.after_close, s.slice_key, s.n, s.suppression, s.figures, s.operator_suppression,"
                        + " s.operator_figures from benchmark_release r left join benchmark_release_slice s"
                        + " on s.release_id = r.id and s.slice_key = ?"
                        + " where r.campaign_id in ("
                        + String.join(",", java.util.Collections.nCopies(campaignIds.size(), "?"))
                        + ") and r.number = (select max(l.number) from benchmark_release l"
                        + " where l.campaign_id = r.campaign_id)",
                rs -> {
                    Release release = toRelease(rs, 0);
                    result.put(
                            release.campaignId(),
                            new ReleaseSlice(release, rs.getString(9) == null ? null : toSlice(rs, k, 8)));
                },
                arguments.toArray());
        return result;
    }

    /** A release with one of its slices (null when the slice has no member in the release). */
    record ReleaseSlice(Release release, StoredSlice slice) {}

    Optional<Release> latest(long campaignId) {
        List<Release> all = releases(campaignId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** Stores a release whole; the unique (campaign, number) refuses a second release with the same number. */
    Release insert(Release release, List<StoredMember> members, List<StoredSlice> slices) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    var statement = connection.prepareStatement(
                            "insert into benchmark_release (campaign_id, number, published_at, published_by, k,"
                                    + " members, after_close) values (?, ?, ?, ?, ?, ?, ?)",
                            new String[] {"id"});
                    statement.setLong(1, release.campaignId());
                    statement.setInt(2, release.number());
                    statement.setTimestamp(3, Timestamp.from(release.publishedAt()));
                    statement.setString(4, release.publishedBy());
                    statement.setInt(5, release.k());
                    statement.setInt(6, release.members());
                    statement.setBoolean(7, release.afterClose());
                    return statement;
                },
                key);
        long id = key.getKey().longValue();
        jdbc.batchUpdate(
                "insert into benchmark_release_member (release_id, organization_id, assessment_id, snapshot_id, named,"
                        + " sector, size_class, country, overall_level, overall_band, overall_score, percentile,"
                        + " detail) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                members,
                1000,
                (statement, stored) -> {
                    Population.Member m = stored.member();
                    statement.setLong(1, id);
                    statement.setLong(2, m.organizationId());
                    statement.setLong(3, m.assessmentId());
                    statement.setLong(4, m.snapshotId());
                    statement.setBoolean(5, m.named());
                    statement.setString(6, m.sector());
                    statement.setString(7, m.size());
                    statement.setString(8, m.country());
                    statement.setInt(9, m.level());
                    statement.setString(10, m.band());
                    statement.setObject(11, m.score());
                    statement.setObject(12, stored.percentile());
                    statement.setString(13, json(new Detail(m.domains(), stored.domainPercentiles())));
                });
        jdbc.batchUpdate(
                "insert into benchmark_release_slice (release_id, slice_key, n, suppression, figures,"
                        + " operator_suppression, operator_figures) values (?, ?, ?, ?, ?, ?, ?)",
                slices,
                1000,
                (statement, slice) -> {
                    statement.setLong(1, id);
                    statement.setString(2, slice.key().toString());
                    statement.setInt(3, slice.n());
                    statement.setString(4, name(slice.lead().suppression()));
                    statement.setString(5, slice.lead().isShown() ? json(slice.lead()) : null);
                    statement.setString(
                            6,
                            slice.operator() == null
                                    ? null
                                    : name(slice.operator().suppression()));
                    statement.setString(
                            7, slice.operator() != null && slice.operator().isShown() ? json(slice.operator()) : null);
                });
        return new Release(
                id,
                release.campaignId(),
                release.number(),
                release.publishedAt(),
                release.publishedBy(),
                release.k(),
                release.members(),
                release.afterClose());
    }

    private static final String MEMBER_COLUMNS = "select organization_id, assessment_id, snapshot_id, named, sector,"
            + " size_class, country, overall_level, overall_band, overall_score, percentile, detail"
            + " from benchmark_release_member where release_id = ?";

    List<StoredMember> members(long releaseId) {
        return jdbc.query(MEMBER_COLUMNS + " order by organization_id", this::toMember, releaseId);
    }

    Optional<StoredMember> memberOfAssessment(long releaseId, long assessmentId) {
        return jdbc.query(MEMBER_COLUMNS + " and assessment_id = ?", this::toMember, releaseId, assessmentId).stream()
                .findFirst();
    }

    private StoredMember toMember(ResultSet rs, int row) throws SQLException {
        Detail detail = read(rs.getString(12), Detail.class);
        return new StoredMember(
                new Population.Member(
                        rs.getLong(2),
                        rs.getLong(1),
                        rs.getLong(3),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getBoolean(4),
                        rs.getInt(8),
                        rs.getString(9),
                        rs.getObject(10, Double.class),
                        detail.domains() == null ? Map.of() : new LinkedHashMap<>(detail.domains())),
                rs.getObject(11, Double.class),
                detail.domainPercentiles() == null ? Map.of() : detail.domainPercentiles());
    }

    /** The keys of the slices a release published, for leads (operators false) or for operators. */
    List<SliceKey> shownKeys(long releaseId, boolean operators) {
        return jdbc.query(
                "select slice_key from benchmark_release_slice where release_id = ? and "
                        + (operators ? "operator_figures is not null" : "figures is not null"),
                (rs, i) -> SliceKey.parse(rs.getString(1)),
                releaseId);
    }

    /** One slice of a release; a slice with no member in the release is absent. */
    Optional<StoredSlice> slice(long releaseId, SliceKey key, int k) {
        return jdbc
                .query(
                        "select slice_key, n, suppression, figures, operator_suppression, operator_figures"
                                + " from benchmark_release_slice where release_id = ? and slice_key = ?",
                        (rs, i) -> toSlice(rs, k),
                        releaseId,
                        key.toString())
                .stream()
                .findFirst();
    }

    /** The whole campaign and every sector of a release. */
    List<StoredSlice> sectorSlices(long releaseId, int k) {
        List<StoredSlice> result = new ArrayList<>();
        jdbc.query(
                "select slice_key, n, suppression, figures, operator_suppression, operator_figures"
                        + " from benchmark_release_slice where release_id = ? and slice_key like '%/*/*'",
                rs -> {
                    result.add(toSlice(rs, k));
                },
                releaseId);
        return result;
    }

    private StoredSlice toSlice(ResultSet rs, int k) throws SQLException {
        return toSlice(rs, k, 0);
    }

    /** A slice from the row's columns after the first {@code offset} ones. */
    private StoredSlice toSlice(ResultSet rs, int k, int offset) throws SQLException {
        SliceKey key = SliceKey.parse(rs.getString(offset + 1));
        int n = rs.getInt(offset + 2);
        SliceReport lead = rs.getString(offset + 4) != null
                ? read(rs.getString(offset + 4), SliceReport.class)
                : new SliceReport(key, k, n, Suppression.valueOf(rs.getString(offset + 3)), null, List.of());
        SliceReport operator = rs.getString(offset + 6) != null
                ? read(rs.getString(offset + 6), SliceReport.class)
                : rs.getString(offset + 5) == null
                        ? null
                        : new SliceReport(key, k, n, Suppression.valueOf(rs.getString(offset + 5)), null, List.of());
        return new StoredSlice(key, n, lead, operator);
    }

    private Release toRelease(ResultSet rs, int row) throws SQLException {
        return new Release(
                rs.getLong(1),
                rs.getLong(2),
                rs.getInt(3),
                rs.getTimestamp(4).toInstant(),
                rs.getString(5),
                rs.getInt(6),
                rs.getInt(7),
                rs.getBoolean(8));
    }

    private static String name(Suppression suppression) {
        return suppression == null ? null : suppression.name();
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable release figures", e);
        }
    }
}
