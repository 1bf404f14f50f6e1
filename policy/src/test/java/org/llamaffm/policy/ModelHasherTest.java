package org.llamaffm.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelHasherTest {

    @TempDir
    Path temp;

    @Test
    void hashesAndNoticesAFileChangedOrSwapped() throws Exception {
        ModelHasher hasher = new ModelHasher();
        Path file = temp.resolve("m.gguf");
        Files.writeString(file, "abc");
        assertThat(hasher.sha256(file)).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(hasher.sha256(file)).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        // same size, same modification time, new content in a new file under the same name: a new inode
        Path other = temp.resolve("other");
        Files.writeString(other, "abd");
        Files.setLastModifiedTime(other, Files.getLastModifiedTime(file));
        Files.move(other, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(hasher.sha256(file)).isEqualTo("a52d159f262b2c6ddb724a61840befc36eb30c88877a4030b65cbe86298449c9");
        // rewritten in place with a new modification time
        Files.writeString(file, "abc");
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        assertThat(hasher.sha256(file)).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        // rewritten in place, same size, and the modification time set back: the change time still moved
        FileTime modified = Files.getLastModifiedTime(file);
        Thread.sleep(20);
        try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap("abd".getBytes(java.nio.charset.StandardCharsets.US_ASCII)), 0);
        }
        Files.setLastModifiedTime(file, modified);
        assertThat(hasher.sha256(file)).isEqualTo("a52d159f262b2c6ddb724a61840befc36eb30c88877a4030b65cbe86298449c9");
    }

    @Test
    void anUnreadableFileIsAnAdmissionDenialNamingIt() {
        Path missing = temp.resolve("missing.gguf");
        assertThatThrownBy(() -> new ModelHasher().sha256(missing))
                .isInstanceOfSatisfying(AdmissionDeniedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(AdmissionDeniedException.Reason.UNREADABLE);
                    assertThat(e.file()).isEqualTo(missing);
                })
                .hasMessageStartingWith("model rejected (unreadable): " + missing + ": cannot read " + missing);
    }
}
