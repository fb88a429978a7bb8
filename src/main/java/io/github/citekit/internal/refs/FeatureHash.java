package io.github.citekit.internal.refs;

/** 64-bit FNV-1a over a feature name's characters, computable piece by piece without joining them. */
final class FeatureHash {
    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private FeatureHash() {
    }

    /** The hash of {@code name}. */
    static long of(String name) {
        return continued(OFFSET, name);
    }

    /** The hash of {@code name} in lower case, a character at a time, without making the lower-case string. */
    static long ofLowerCase(String name) {
        long h = OFFSET;
        for (int i = 0; i < name.length(); i++) {
            h ^= Character.toLowerCase(name.charAt(i));
            h *= PRIME;
        }
        return h;
    }

    /** The hash of the text hashed to {@code hash} followed by {@code more}. */
    static long continued(long hash, String more) {
        long h = hash;
        for (int i = 0; i < more.length(); i++) {
            h ^= more.charAt(i);
            h *= PRIME;
        }
        return h;
    }
}
