package dev.xsdcompat.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code xsd-compat}: what changed between two XSD set versions, and whom it breaks. */
@Command(name = "xsd-compat", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Tells what changed between two versions of an XML Schema set and whether it breaks clients.",
        subcommands = {DiffCommand.class, ReplayCommand.class, ReleaseNotesCommand.class,
            CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 nothing at or above --fail-on (replay: no message newly rejected), 1 something is,"
            + " 2 usage or input error."})
public final class Main implements Runnable {

    static final int OK = 0;
    static final int FOUND = 1;
    static final int USAGE_OR_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line without exiting, for tests and embedding. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, ignored) -> {
            CommandLine where = e.getCommandLine();
            where.getErr().println("error: " + e.getMessage());
            where.getErr().println("Try '" + where.getCommandSpec().qualifiedName() + " --help' for usage.");
            return USAGE_OR_INPUT;
        });
        cli.setExecutionExceptionHandler(new ErrorHandler());
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"xsd-compat " + (v == null ? "(development build)" : v)};
        }
    }
}
