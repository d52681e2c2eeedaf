package dev.xsdcompat.corpora;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.xsdcompat.check.CheckResult;
import dev.xsdcompat.check.CompatibilityCheck;
import dev.xsdcompat.classify.RootMode;
import dev.xsdcompat.rules.Severity;
import dev.xsdcompat.testing.Corpora;

/** OASIS declares UBL 2.4 backward compatible with 2.3: read as documents sent to a 2.4 reader, nothing breaks. */
class UblBackwardTest {

    @Test
    void ublTwoFourIsBackwardCompatible() {
        CheckResult result = CompatibilityCheck.builder().rootMode(RootMode.BACKWARD).build()
                .compare(Corpora.require("ubl/2.3/xsd"), Corpora.require("ubl/2.4/xsd"));
        assertThat(result.findings()).hasSizeGreaterThan(100);
        assertThat(result.findings()).noneMatch(f -> f.overall() == Severity.BREAKING);
        assertThat(result.fails(Severity.BREAKING)).isFalse();
        // Read forward (2.4 documents to 2.3 readers), the cardinality relaxations do break.
        CheckResult forward = CompatibilityCheck.builder().rootMode(RootMode.FORWARD).build()
                .compare(Corpora.require("ubl/2.3/xsd"), Corpora.require("ubl/2.4/xsd"));
        assertThat(forward.findings()).anyMatch(f -> f.overall() == Severity.BREAKING
                && f.change().path().endsWith("}TaxCategoryType/TaxScheme"));
    }
}
