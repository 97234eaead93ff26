package org.housesafe;

import org.housesafe.cli.DemoCommand;
import org.housesafe.cli.ImportCommand;
import org.housesafe.cli.ServeCommand;
import org.housesafe.cli.UserCommand;
import org.housesafe.cli.VerifyAuditCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar housesafe.jar [serve|demo] …}; no subcommand means {@code serve}. */
@Command(name = "housesafe", mixinStandardHelpOptions = true, versionProvider = App.Version.class,
        description = "房屋安全排查整治一张图 HouseSafe — housing safety survey and rectification GIS service",
        subcommands = {ServeCommand.class, DemoCommand.class, UserCommand.class, VerifyAuditCommand.class,
                ImportCommand.class, org.housesafe.cli.BenchCommand.class})
public final class App {

    public static void main(String[] args) {
        String[] effective = args.length == 0 || args[0].startsWith("--") && !isHelpOrVersion(args[0])
                ? prepend("serve", args) : args;
        int exit = new CommandLine(new App()).execute(effective);
        if (exit != 0) {
            System.exit(exit);
        }
    }

    private static boolean isHelpOrVersion(String arg) {
        return arg.equals("--help") || arg.equals("--version");
    }

    private static String[] prepend(String first, String[] rest) {
        String[] out = new String[rest.length + 1];
        out[0] = first;
        System.arraycopy(rest, 0, out, 1, rest.length);
        return out;
    }

    /** The version from the jar manifest, or "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = App.class.getPackage().getImplementationVersion();
            return new String[] {"HouseSafe " + (v == null ? "development" : v)};
        }
    }
}
