package io.onewindow.benefits.internal;

import java.util.Random;

/**
 * Facts with the shares a city's data shows (rounded from public statistics, not any real person's): the demo
 * city's, and the benchmark's synthetic population.
 */
public final class DemoFacts {

    private DemoFacts() {
    }

    public static PersonFacts person(Random random, int age, int year) {
        boolean hukou = random.nextInt(100) < 92;
        int disability = random.nextInt(100) < 6 ? 1 + random.nextInt(4) : 0;
        String employment;
        if (age >= 60) {
            employment = random.nextInt(100) < 70 ? "RETIRED" : "NONE";
        } else if (age >= 18) {
            int draw = random.nextInt(100);
            employment = draw < 65 ? "EMPLOYED" : draw < 75 ? "SELF_EMPLOYED" : draw < 83 ? "UNEMPLOYED" : "NONE";
        } else {
            employment = "NONE";
        }
        String insurance = switch (employment) {
            case "EMPLOYED", "SELF_EMPLOYED" -> "EMPLOYEE";
            case "RETIRED" -> random.nextInt(100) < 60 ? "EMPLOYEE" : "RESIDENT";
            default -> random.nextInt(100) < 70 ? "RESIDENT" : "NONE";
        };
        boolean pension = age >= 60 && !insurance.equals("NONE") && random.nextInt(100) < 90;
        int draw = random.nextInt(100);
        int band = draw < 4 ? 1 : draw < 10 ? 2 : draw < 60 ? 3 : draw < 90 ? 4 : 5;
        boolean onlyChild = age >= 45 && age <= 85 && random.nextInt(100) < 35;
        int graduation = age >= 21 && age <= 27 && random.nextInt(100) < 40 ? year - age + 22 : 0;
        int business = employment.equals("SELF_EMPLOYED") ? 1 + random.nextInt(60) : -1;
        int contribution = switch (employment) {
            case "EMPLOYED", "RETIRED" -> Math.max(0, Math.min(age - 20, 40)) * 12 - random.nextInt(12);
            case "SELF_EMPLOYED" -> Math.max(0, business - random.nextInt(4));
            default -> random.nextInt(3) == 0 ? random.nextInt(60) : 0;
        };
        return new PersonFacts(hukou, disability, employment, insurance, pension, band, onlyChild, graduation, business,
                Math.max(0, contribution), random.nextInt(100) < 95 ? account(random) : null);
    }

    static EnterpriseFacts enterprise(Random random, String size) {
        int headcount = switch (size) {
            case "MICRO" -> 1 + random.nextInt(9);
            case "SMALL" -> 10 + random.nextInt(90);
            case "MEDIUM" -> 100 + random.nextInt(200);
            default -> 300 + random.nextInt(3000);
        };
        double layoff = random.nextInt(100) < 70 ? Math.round(random.nextDouble() * 50) / 10.0 : Math.round(random.nextDouble() * 250) / 10.0;
        boolean arrears = random.nextInt(100) < 8;
        long premium = headcount * (60_000L + random.nextInt(40_000));
        int graduates = random.nextInt(100) < 30 ? 1 + random.nextInt(Math.max(1, headcount / 10)) : 0;
        return new EnterpriseFacts(headcount, layoff, arrears, premium * 20, premium, graduates, account(random));
    }

    /** A 19-digit debit card number shaped like a Chinese bank's (issuer prefix 622…), not a real account. */
    static String account(Random random) {
        StringBuilder number = new StringBuilder("6222");
        while (number.length() < 19) {
            number.append(random.nextInt(10));
        }
        return number.toString();
    }
}
