package io.onewindow.verifier;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A command line split into the command, its positional arguments and its {@code --name value} (or
 * {@code --name=value}) options; {@code --help} and {@code -h} anywhere ask for help.
 */
record CommandLine(String command, List<String> positionals, Map<String, String> options, boolean help) {

    static CommandLine parse(String[] args) throws UsageException {
        String command = null;
        List<String> positionals = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
            } else if (arg.startsWith("--")) {
                int equals = arg.indexOf('=');
                String name = equals < 0 ? arg.substring(2) : arg.substring(2, equals);
                String value;
                if (equals >= 0) {
                    value = arg.substring(equals + 1);
                } else if (i + 1 < args.length) {
                    value = args[++i];
                } else {
                    throw new UsageException("option --" + name + " needs a value");
                }
                if (options.put(name, value) != null) {
                    throw new UsageException("option --" + name + " is given twice");
                }
            } else if (arg.startsWith("-") && arg.length() > 1) {
                throw new UsageException("unknown option " + arg);
            } else if (command == null) {
                command = arg;
            } else {
                positionals.add(arg);
            }
        }
        return new CommandLine(command, positionals, options, help);
    }

    /** Checks that the command got exactly its positional arguments and no options but the allowed ones. */
    void require(String usage, int positionalCount, Set<String> allowedOptions) throws UsageException {
        for (String name : options.keySet()) {
            if (!allowedOptions.contains(name)) {
                throw new UsageException("unknown option --" + name + " for " + command + "; usage: " + usage);
            }
        }
        if (positionals.size() != positionalCount) {
            throw new UsageException(command + " takes " + positionalCount + " argument" + (positionalCount == 1 ? "" : "s")
                    + ", not " + positionals.size() + "; usage: " + usage);
        }
    }

    String required(String option, String usage) throws UsageException {
        String value = options.get(option);
        if (value == null || value.isBlank()) {
            throw new UsageException(command + " needs --" + option + "; usage: " + usage);
        }
        return value;
    }

    Optional<String> optional(String option) {
        return Optional.ofNullable(options.get(option));
    }
}
