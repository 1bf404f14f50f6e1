package org.llamaffm.cli;

import org.llamaffm.chat.Chat;
import picocli.CommandLine.Option;

/** How a chat treats message text that spells a special token (chat, run --chat). */
final class ChatGuardOptions {

    @Option(
            names = "--special-text",
            paramLabel = "MODE",
            defaultValue = "REJECT",
            description = "a message that spells a special token such as <|im_end|>: REJECT it, NEUTRALIZE it "
                    + "(plain characters), or TRUSTED (parsed as the control token) (default: ${DEFAULT-VALUE})")
    Chat.SpecialText specialText;
}
