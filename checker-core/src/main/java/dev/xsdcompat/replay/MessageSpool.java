package dev.xsdcompat.replay;

import dev.xsdcompat.operations.Direction;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/**
 * Message results parked in a temporary file, so that a report can list every message of a corpus of any size
 * while the heap holds one at a time: {@link Replay#run(Consumer)} streams into it, the writers read it back
 * (as often as they like, each pass in the order the results came). The encoding is lossless: what is read back
 * equals what was written, so reports are byte-identical to those written from a {@link ReplayResult} held in
 * memory. Not thread-safe (results arrive on one thread); {@link #close} deletes the file.
 */
public final class MessageSpool implements Consumer<MessageResult>, Iterable<MessageResult>, AutoCloseable {

    private static final Direction[] DIRECTIONS = Direction.values();
    private static final Outcome[] OUTCOMES = Outcome.values();

    private final Path file;
    private final DataOutputStream out;
    private final List<DataInputStream> readers = new ArrayList<>();
    private int count;
    private byte[] buffer = new byte[256];

    private MessageSpool(Path file) throws IOException {
        this.file = file;
        this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
    }

    /** A spool in a new temporary file. */
    public static MessageSpool create() throws IOException {
        return new MessageSpool(Files.createTempFile("xsd-compat-replay", ".spool"));
    }

    /** Messages spooled so far. */
    public int size() {
        return count;
    }

    @Override
    public void accept(MessageResult m) {
        try {
            string(m.file());
            out.writeBoolean(m.wellFormed());
            string(m.error());
            string(m.api());
            out.writeByte(m.direction() == null ? -1 : m.direction().ordinal());
            side(m.oldVersion());
            side(m.newVersion());
            out.writeByte(m.outcome().ordinal());
            out.writeByte(m.expected() == null ? -1 : m.expected().ordinal());
            strings(m.exercises());
            count++;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot spool replay results to " + file + ": " + e.getMessage(), e);
        }
    }

    /** The spooled results in the order they came; each call reads the file afresh. */
    @Override
    public Iterator<MessageResult> iterator() {
        int total = count;
        DataInputStream in;
        try {
            out.flush();
            in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
        readers.add(in);
        return new Iterator<>() {
            private int read;

            @Override
            public boolean hasNext() {
                if (read < total) {
                    return true;
                }
                close(in);
                return false;
            }

            @Override
            public MessageResult next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                read++;
                try {
                    return message(in);
                } catch (IOException e) {
                    throw new UncheckedIOException(file + ": " + e.getMessage(), e);
                }
            }
        };
    }

    private MessageResult message(DataInputStream in) throws IOException {
        String file = string(in);
        boolean wellFormed = in.readBoolean();
        String error = string(in);
        String api = string(in);
        byte direction = in.readByte();
        SideResult before = side(in);
        SideResult after = side(in);
        Outcome outcome = OUTCOMES[in.readByte()];
        byte expected = in.readByte();
        List<String> exercises = strings(in);
        return new MessageResult(file, wellFormed, error, api, direction < 0 ? null : DIRECTIONS[direction],
                before, after, outcome, expected < 0 ? null : OUTCOMES[expected], exercises);
    }

    private void side(SideResult side) throws IOException {
        out.writeBoolean(side.valid());
        strings(side.errors());
    }

    private SideResult side(DataInputStream in) throws IOException {
        boolean valid = in.readBoolean();
        List<String> errors = strings(in);
        return valid && errors.isEmpty() ? SideResult.VALID : new SideResult(valid, errors);
    }

    private void strings(List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String v : values) {
            string(v);
        }
    }

    private List<String> strings(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n == 0) {
            return List.of();
        }
        List<String> result = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            result.add(string(in));
        }
        return result;
    }

    /** UTF-16 code units as they are: lossless for any Java string, lone surrogates included. */
    private void string(String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        int n = s.length();
        out.writeInt(n);
        byte[] b = bytes(2 * n);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            b[2 * i] = (byte) (c >>> 8);
            b[2 * i + 1] = (byte) c;
        }
        out.write(b, 0, 2 * n);
    }

    private String string(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            return null;
        }
        byte[] b = bytes(2 * n);
        in.readFully(b, 0, 2 * n);
        char[] chars = new char[n];
        for (int i = 0; i < n; i++) {
            chars[i] = (char) (((b[2 * i] & 0xff) << 8) | (b[2 * i + 1] & 0xff));
        }
        return new String(chars);
    }

    private byte[] bytes(int n) {
        if (buffer.length < n) {
            buffer = new byte[Math.max(n, buffer.length * 2)];
        }
        return buffer;
    }

    private static void close(DataInputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // read to the end already
        }
    }

    /** Closes any reader still open and deletes the file. */
    @Override
    public void close() throws IOException {
        readers.forEach(MessageSpool::close);
        readers.clear();
        try {
            out.close();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
