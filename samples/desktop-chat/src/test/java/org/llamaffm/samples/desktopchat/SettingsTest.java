package org.llamaffm.samples.desktopchat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void theContextIsAtMostTheModelsTrainedLength() {
        assertThat(new Settings(0.8, 4096, 2).contextFor(2048)).isEqualTo(2048);
        assertThat(new Settings(0.8, 4096, 2).contextFor(16384)).isEqualTo(4096);
        assertThat(new Settings(0.8, 0, 2).contextFor(16384)).isEqualTo(16384);
        assertThat(new Settings(0.8, 4096, 2).contextFor(0)).isEqualTo(4096); // the model does not say
    }

    @Test
    void outOfRangeSettingsAreRefusedWithTheirRange() {
        assertThatThrownBy(() -> new Settings(2.5, 4096, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("temperature must be in [0, 2], was 2.5");
        assertThatThrownBy(() -> new Settings(Double.NaN, 4096, 2))
                .hasMessage("temperature must be in [0, 2], was NaN");
        assertThatThrownBy(() -> new Settings(0.8, -1, 2))
                .hasMessage("context size must be >= 0 (0: the model's), was -1");
        assertThatThrownBy(() -> new Settings(0.8, 4096, 0)).hasMessage("threads must be >= 1, was 0");
    }
}
