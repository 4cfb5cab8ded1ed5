package io.onewindow.bench.platform;

import io.onewindow.audit.internal.LogStore;
import io.onewindow.bench.CpuMeter;
import io.onewindow.bench.tree.RandomLeafTree;
import io.onewindow.tlog.HashReader;
import io.onewindow.tlog.InclusionProof;
import io.onewindow.tlog.InvalidProofException;
import io.onewindow.tlog.NodeId;
import io.onewindow.tlog.ProofBuilder;
import io.onewindow.tlog.tiles.TileHashReader;
import io.onewindow.tlog.tiles.TileId;
import io.onewindow.tlog.tiles.TileReader;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Times, call by call and in turn so that the machine's load weighs on all three alike: a trivial
 * {@code select 1} through the platform's {@link JdbcClient}, an inclusion proof for a random leaf from
 * tiles in memory, and the same proof through the platform's {@link LogStore} as its receipts build it.
 */
final class ProofLatency {

    private final JdbcClient jdbc;
    private final LogStore store;
    private final CpuMeter cpu;
    private final RandomLeafTree tree;
    private final long size;

    ProofLatency(PlatformUnderTest platform, RandomLeafTree tree) {
        this.jdbc = platform.jdbc();
        this.store = platform.bean(LogStore.class);
        this.cpu = new CpuMeter(platform.databasePid());
        this.tree = tree;
        this.size = tree.head().size();
    }

    /**
     * Checks that the database gives the proofs the tiles in memory give, and that they prove inclusion
     * in the tree's root; otherwise the timings would be of something else.
     */
    void check(int leaves) throws IOException, InvalidProofException {
        SplittableRandom random = new SplittableRandom(1);
        for (int i = 0; i < leaves; i++) {
            long index = random.nextLong(size);
            InclusionProof fromDatabase = proof(store, index);
            InclusionProof fromMemory = proof(tree.tiles(), index);
            if (!fromDatabase.equals(fromMemory)) {
                throw new IllegalStateException("the database's proof for leaf " + index + " is not the one from memory");
            }
            byte[] tile = tree.tiles().read(new TileId(0, index / TileId.FULL_WIDTH, TileId.widthAt(0, index / TileId.FULL_WIDTH, size)));
            int offset = (int) (index % TileId.FULL_WIDTH) * 32;
            fromDatabase.verify(Arrays.copyOfRange(tile, offset, offset + 32), tree.head().rootHash());
        }
    }

    Result measure(Duration warmUp, Duration duration) throws IOException {
        run(warmUp, 2);
        CpuMeter.Snapshot from = cpu.snapshot();
        Result result = run(duration, 3);
        return new Result(result.select(), result.memory(), result.database(), result.tileReads(), CpuMeter.between(from, cpu.snapshot()));
    }

    private Result run(Duration duration, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        Latencies select = new Latencies();
        Latencies memory = new Latencies();
        Latencies database = new Latencies();
        Latencies tileReads = new Latencies();
        TimedHashReader timedStore = new TimedHashReader(TileHashReader.trusting(size, store));
        long deadline = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < deadline) {
            long index = random.nextLong(size);
            long start = System.nanoTime();
            jdbc.sql("select 1").query(Integer.class).single();
            long selected = System.nanoTime();
            proof(tree.tiles(), index);
            long inMemory = System.nanoTime();
            new ProofBuilder(timedStore).inclusionProof(index, size);
            long fromDatabase = System.nanoTime();
            select.add(selected - start);
            memory.add(inMemory - selected);
            database.add(fromDatabase - inMemory);
            tileReads.add(timedStore.lastCall);
        }
        return new Result(select, memory, database, tileReads, null);
    }

    private InclusionProof proof(TileReader tiles, long index) throws IOException {
        return new ProofBuilder(TileHashReader.trusting(size, tiles)).inclusionProof(index, size);
    }

    /**
     * The latencies of the three calls, sampled the same number of times, the part of each database proof
     * spent reading its tiles, and the cores in use meanwhile.
     */
    record Result(Latencies select, Latencies memory, Latencies database, Latencies tileReads, CpuMeter.Usage cpu) {
    }

    /** Times the one {@link HashReader#readHashes} call (one query) a proof makes. */
    private static final class TimedHashReader implements HashReader {

        private final HashReader hashes;
        private long lastCall;

        TimedHashReader(HashReader hashes) {
            this.hashes = hashes;
        }

        @Override
        public List<byte[]> readHashes(List<NodeId> nodes) throws IOException {
            long start = System.nanoTime();
            try {
                return hashes.readHashes(nodes);
            } finally {
                lastCall = System.nanoTime() - start;
            }
        }
    }
}
