package dev.xsdcompat.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.xsdcompat.report.series.ReleaseSeries;

/** Markdown release notes of the Webex series, in English and Chinese, and of a single diff. */
class MarkdownReportTest {

    private static String section(String notes, String release) {
        int start = notes.indexOf("\n## " + release + "\n");
        assertThat(start).as(release).isPositive();
        int end = notes.indexOf("\n## ", start + 4);
        return notes.substring(start, end < 0 ? notes.length() : end);
    }

    @Test
    void englishNotesHaveOneSectionPerReleaseWithChangesExamplesAndBehaviour() throws IOException {
        Map<String, String> files = ReportFixtures.webex().render(List.of("en", "zh-CN"));
        assertThat(files.keySet()).containsExactly(ReleaseSeries.CHANGELOG, "release-notes.md", "release-notes.zh-CN.md");
        String notes = files.get("release-notes.md");
        assertThat(notes).startsWith("# Release notes: 39.0 → 40.6.0\n").doesNotContain("\r").endsWith("\n")
                .doesNotContain("\n\n\n");
        String v460 = section(notes, "40.6.0");
        assertThat(v460).contains("Added element `umSiteAdmin` to `privilegeType` (`xs:boolean [0..1]`)")
                .contains("Added element `meetingUUID` to `meetingKeyGroup`")
                .contains("CreateUser request using `umSiteAdmin`").contains("<umSiteAdmin>true</umSiteAdmin>")
                .contains("```xml");
        assertThat(section(notes, "40.4.4")).contains("max-occurs-decreased").contains("**Breaking changes**")
                .contains("SUCCESS ×11 → FAILURE 000053");
        assertThat(section(notes, "40.2.0")).contains("No schema changes").contains("FAILURE 000015")
                .contains("FAILURE 060016");
        // Behaviour changes come from replay drift: the API, both responses, the first differences.
        String drift = section(notes, "40.2.0");
        int anonymous = drift.indexOf("- **LstsummarySession**: anonymous access");
        assertThat(anonymous).isPositive();
        assertThat(drift.substring(anonymous)).contains("(SUCCESS → FAILURE 000015)")
                .contains("`40.1.2/LstsummarySession/response-anonymous.xml` → "
                        + "`40.2.0/LstsummarySession/response-anonymous.xml`")
                .contains("`/message[1]/header[1]/response[1]/result[1]/text()[1]` (TEXT_VALUE): SUCCESS → FAILURE")
                .contains("(CHILD_LOOKUP): — → 000015");
        // Newly rejected messages with file:line:col, and the replay coverage.
        assertThat(section(notes, "40.4.4"))
                .contains("`40.4.3/batch/request-too-many.xml:31:73`: cvc-complex-type.2.4.f")
                .contains("1 of 1 change(s) exercised by the 109 replayed message(s); 1 breaking change(s) confirmed")
                .contains("- `requestBodyType/bodyContent` (`max-occurs-decreased`): 48 message(s), 1 newly rejected, **confirmed**");
        assertThat(section(notes, "40.6.0")).contains("### Replay coverage").contains("15 of 15 change(s) exercised")
                .contains("- `privilegeType/umSiteAdmin` (`element-added-optional`): 4 message(s)\n");
        assertThat(notes).doesNotContain(ReportFixtures.corpusRoot());
        assertThat(section(notes, "40.1.0")).contains("GetSessionInfo request using `meetingLink, meetingUuid, pmrUrl, sipUrl`");
        // Examples only from messages that need the new release: no 39.0 message for a 40.1.2 element.
        assertThat(section(notes, "40.1.2")).doesNotContain("`39.0/");
    }

    @Test
    void chineseNotesUseTheirOwnTemplates() throws IOException {
        String notes = ReportFixtures.webex().render(List.of("zh-CN")).get("release-notes.zh-CN.md");
        assertThat(notes).startsWith("# 版本说明:39.0 → 40.6.0\n");
        assertThat(section(notes, "40.6.0")).contains("在 `privilegeType` 中新增元素 `umSiteAdmin`")
                .contains("### 按 API 列出的变更").contains("### 报文示例").contains("请求:安全,响应:需注意");
        assertThat(section(notes, "40.4.4")).contains("存在破坏性变更").contains("### 行为变化").contains("### 回放覆盖")
                .contains("**已证实**").contains("`40.4.3/batch/request-too-many.xml:31:73`");
        assertThat(section(notes, "40.2.0")).contains("**LstsummarySession**:anonymous access")
                .contains("(SUCCESS → FAILURE 000015)");
    }

    @Test
    void aSingleDiffRendersWithApis() throws IOException {
        String md = ReportFixtures.render(new MarkdownReportWriter(), ReportFixtures.handMade());
        assertThat(md).contains("#### GetOrder").contains("#### PlaceOrder")
                .contains("Added element `gift` to `order` (`xs:boolean [0..1]`)")
                .contains("- GetOrder\n- PlaceOrder\n");
        assertThat(MarkdownReportWriter.tidy("a\n\n\n\nb\n```\n\n\n```\n\n")).isEqualTo("a\n\nb\n```\n\n\n```\n");
    }
}
