package fr.guichet.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * docs/partners.md cannot rot: its {@code bash doc-test} blocks run in order, as one script, against the stack, and
 * each code block it says it quotes ({@code <!-- quoted from FILE#REGION -->}) is that region of the file, between
 * the lines that mark it ({@code partners.md: REGION} and {@code partners.md: end}).
 */
@ExtendWith(Stack.class)
class PartnersPageTest {

    private static final Pattern FENCE = Pattern.compile("(?m)^```(\\S*)(.*)\\n");
    private static final Pattern QUOTED = Pattern.compile("<!-- quoted from (\\S+)#(\\S+) -->\\s*$");
    private static final String BLOCK_START = "### doc-test block ";

    private final Path root = Path.of(System.getProperty("guichet.root", ".."));

    private record Block(String language, String info, String code, String before) {
    }

    @Test
    void the_pages_commands_run_against_the_stack() throws Exception {
        List<Block> runnable = blocks().stream().filter(b -> b.language().equals("bash") && b.info().trim().equals("doc-test"))
                .toList();
        assertFalse(runnable.isEmpty(), "no ```bash doc-test block in docs/partners.md");
        StringBuilder script = new StringBuilder("set -euo pipefail\ntrap 'echo \"failed: $BASH_COMMAND\" >&2' ERR\n");
        for (int i = 0; i < runnable.size(); i++) {
            script.append("echo '").append(BLOCK_START).append(i).append("'\n").append(runnable.get(i).code());
        }
        Process bash = new ProcessBuilder("bash", "-c", script.toString()).redirectErrorStream(true).start();
        bash.getOutputStream().close();
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!bash.waitFor(5, TimeUnit.MINUTES)) {
            bash.destroyForcibly();
            fail("docs/partners.md's commands did not end within 5 minutes:\n" + output);
        }
        if (bash.exitValue() != 0) {
            int failed = output.lastIndexOf(BLOCK_START);
            String number = failed < 0 ? "0" : output.substring(failed + BLOCK_START.length()).lines().findFirst().orElse("0");
            fail("docs/partners.md's doc-test block " + (Integer.parseInt(number) + 1) + " exited with " + bash.exitValue()
                    + ":\n" + runnable.get(Integer.parseInt(number)).code() + "--- its output:\n"
                    + (failed < 0 ? output : output.substring(failed)));
        }
    }

    @Test
    void the_pages_quotes_are_the_code_they_quote() throws IOException {
        List<String> quotes = new ArrayList<>();
        for (Block block : blocks()) {
            Matcher quoted = QUOTED.matcher(block.before());
            if (quoted.find()) {
                quotes.add(quoted.group(1));
                assertEquals(region(quoted.group(1), quoted.group(2)), block.code(),
                        "docs/partners.md's quote of " + quoted.group(1) + "#" + quoted.group(2));
            }
        }
        assertFalse(quotes.isEmpty(), "docs/partners.md quotes no code");
    }

    /** The page's fenced blocks, each with the text between it and the block before. */
    private List<Block> blocks() throws IOException {
        String page = Files.readString(root.resolve("docs/partners.md"));
        List<Block> blocks = new ArrayList<>();
        Matcher fence = FENCE.matcher(page);
        int previousEnd = 0;
        while (fence.find()) {
            int end = page.indexOf("```", fence.end());
            String code = page.substring(fence.end(), end);
            blocks.add(new Block(fence.group(1), fence.group(2), code, page.substring(previousEnd, fence.start())));
            previousEnd = page.indexOf('\n', end) + 1;
            fence.region(previousEnd, page.length());
        }
        return blocks;
    }

    /** The lines of a file between its marks of a region, without their common indentation. */
    private String region(String file, String name) throws IOException {
        List<String> lines = Files.readAllLines(root.resolve(file));
        int start = indexOf(lines, "partners.md: " + name, 0, file);
        int end = indexOf(lines, "partners.md: end", start + 1, file);
        List<String> region = lines.subList(start + 1, end);
        int indent = region.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length())
                .min().orElse(0);
        StringBuilder text = new StringBuilder();
        region.forEach(line -> text.append(line.isBlank() ? "" : line.substring(indent)).append('\n'));
        return text.toString();
    }

    private static int indexOf(List<String> lines, String mark, int from, String file) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).contains(mark)) {
                return i;
            }
        }
        throw new AssertionError(file + " has no line marked " + mark + " after line " + from);
    }
}
