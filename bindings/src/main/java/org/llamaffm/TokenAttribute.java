package org.llamaffm;

import java.util.EnumSet;
import java.util.Set;

/** What kind of token a token is ({@code enum llama_token_attr}, a bit set in llama.cpp). */
public enum TokenAttribute {
    UNKNOWN(1),
    UNUSED(1 << 1),
    NORMAL(1 << 2),
    /** A control token such as BOS, EOS or a chat-template marker. */
    CONTROL(1 << 3),
    USER_DEFINED(1 << 4),
    /** A raw byte ({@code <0x0A>}). */
    BYTE(1 << 5),
    NORMALIZED(1 << 6),
    LSTRIP(1 << 7),
    RSTRIP(1 << 8),
    SINGLE_WORD(1 << 9);

    private final int bit;

    TokenAttribute(int bit) {
        this.bit = bit;
    }

    static Set<TokenAttribute> of(int bits) {
        EnumSet<TokenAttribute> set = EnumSet.noneOf(TokenAttribute.class);
        for (TokenAttribute a : values()) {
            if ((bits & a.bit) != 0) {
                set.add(a);
            }
        }
        return set;
    }
}
