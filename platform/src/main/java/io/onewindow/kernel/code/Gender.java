package io.onewindow.kernel.code;

/** Gender as a citizen ID records it: an odd 17th digit for men, an even one for women (GB 11643 4.3). */
public enum Gender {
    MALE,
    FEMALE;

    static Gender ofSequenceDigit(int digit) {
        return digit % 2 == 1 ? MALE : FEMALE;
    }
}
