package org.llamaffm.internal.loader;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class MountTableTest {

    private static final List<String> MOUNTINFO = List.of(
            "22 1 254:1 / / rw,relatime shared:1 - ext4 /dev/vda rw",
            "30 22 0:27 / /tmp rw,nosuid,nodev,noexec,relatime shared:5 - tmpfs tmpfs rw",
            "31 30 0:28 / /tmp/exec\\040ok rw,relatime shared:6 - tmpfs tmpfs rw");

    @Test
    void aFolderUnderANoexecMountIsNoexec() {
        assertThat(MountTable.isNoExec(Path.of("/tmp/llama-ffm-root/native"), MOUNTINFO))
                .isTrue();
    }

    @Test
    void theLongestMatchingMountPointDecides() {
        assertThat(MountTable.isNoExec(Path.of("/tmp/exec ok/native"), MOUNTINFO))
                .isFalse();
        assertThat(MountTable.isNoExec(Path.of("/home/u/.cache/llama-ffm"), MOUNTINFO))
                .isFalse();
    }

    @Test
    void aSiblingWithACommonPrefixIsNotInsideTheMount() {
        assertThat(MountTable.isNoExec(Path.of("/tmpfoo/native"), MOUNTINFO)).isFalse();
    }
}
