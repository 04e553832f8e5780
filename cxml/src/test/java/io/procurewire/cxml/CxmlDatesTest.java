package io.procurewire.cxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CxmlDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2024-05-01T10:15:30-05:00       | 2024-05-01T10:15:30-05:00",
        "2024-05-01T10:15:30Z            | 2024-05-01T10:15:30Z",
        "2024-05-01T10:15:30.123+02:00   | 2024-05-01T10:15:30.123+02:00",
        "2024-05-01T10:15:30.123456789Z  | 2024-05-01T10:15:30.123456789Z",
        "2024-05-01T10:15:30-0500        | 2024-05-01T10:15:30-05:00",
        "2024-05-01T10:15:30+0530        | 2024-05-01T10:15:30+05:30",
        "2024-05-01T10:15:30+05          | 2024-05-01T10:15:30+05:00",
        "2023-04-20T19:23:18             | 2023-04-20T19:23:18Z",
        "2023-04-20T19:23:18.5           | 2023-04-20T19:23:18.5Z",
        "2020-09-25 15:30:43             | 2020-09-25T15:30:43Z",
        "2008-01-22 14:35:00 -0800       | 2008-01-22T14:35:00-08:00",
        "2008-01-22 14:35:00 UTC         | 2008-01-22T14:35:00Z",
        "2008-01-22 14:35:00 +01:00      | 2008-01-22T14:35:00+01:00",
        "Mon May 19 18:29:48 +0000 2008  | 2008-05-19T18:29:48Z",
        "Tue Jan 22 14:35:00 -0800 2008  | 2008-01-22T14:35:00-08:00",
        "Thu Dec  4 09:05:01 UTC 2008    | 2008-12-04T09:05:01Z",
        "mon may 19 18:29:48 +05:30 2008 | 2008-05-19T18:29:48+05:30",
        "2024-05-01                      | 2024-05-01T00:00:00Z",
        "'  2024-05-01T10:15:30Z  '      | 2024-05-01T10:15:30Z",
    })
    void parsesTheFormsSeenInTheWild(String text, String expected) {
        assertThat(CxmlDates.parse(text)).isEqualTo(OffsetDateTime.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2024-13-01", "Mon Foo 19 18:29:48 +0000 2008", "Mon May 32 18:29:48 +0000 2008", "2024-05-01T25:00:00Z", "01/05/2024", "2024-05-01T10:15:30 PST", " "})
    void rejectsOtherFormsNamingTheValue(String text) {
        assertThatThrownBy(() -> CxmlDates.parse(text)).isInstanceOfSatisfying(CxmlReadException.class,
                        e -> assertThat(e.statusCode()).isEqualTo(400))
                .hasMessage("invalid timestamp '" + text + "': expected ISO 8601 such as 2024-05-01T10:15:30-05:00");
    }

    @Test
    void formatsAlwaysWithNumericOffset() {
        assertThat(CxmlDates.format(OffsetDateTime.parse("2024-05-01T10:15:30Z"))).isEqualTo("2024-05-01T10:15:30+00:00");
        assertThat(CxmlDates.format(OffsetDateTime.parse("2024-05-01T10:15:30-05:00"))).isEqualTo("2024-05-01T10:15:30-05:00");
        assertThat(CxmlDates.format(OffsetDateTime.parse("2024-05-01T10:15:30.120+05:30")))
                .isEqualTo("2024-05-01T10:15:30.12+05:30");
    }

    @Test
    void nowIsUtcWholeSeconds() {
        OffsetDateTime now = CxmlDates.now();

        assertThat(now.getOffset()).isEqualTo(ZoneOffset.UTC);
        assertThat(now.getNano()).isZero();
    }
}
