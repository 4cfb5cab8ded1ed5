package io.onewindow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.onewindow.audit.internal.CheckpointSigners;
import io.onewindow.audit.internal.LogIntegrator;
import io.onewindow.audit.internal.LogStore;
import io.onewindow.audit.internal.RecordStore;
import io.onewindow.kernel.audit.Actor;
import io.onewindow.kernel.audit.AuditFacts;
import io.onewindow.kernel.audit.Trace;
import io.onewindow.runtime.CommitStatements;
import io.onewindow.tlog.InMemoryMerkleTree;
import io.onewindow.tlog.MerkleHasher;
import io.onewindow.tlog.ProofVerifier;
import io.onewindow.tlog.TreeHead;
import io.onewindow.tlog.checkpoint.SignedCheckpoint;
import io.onewindow.tlog.note.Ed25519NoteVerifier;
import io.onewindow.tlog.note.KnownVerifiers;
import io.onewindow.tlog.record.ReceiptDocument;
import io.onewindow.tlog.record.RecordCommitment;
import io.onewindow.tlog.record.RecordExportDocument;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

// The test integrates by itself, so that it sees records before and after.
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = "onewindow.audit.integrate=false")
class AuditLogTests {

    @Autowired
    RecordStore records;

    @Autowired
    LogIntegrator integrator;

    @Autowired
    LogStore log;

    @Autowired
    CheckpointSigners signers;

    @Autowired
    Receipts receipts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    io.onewindow.audit.internal.DataUse dataUse;

    @Autowired
    CommitStatements commitStatements;

    @Test
    void anEventDeliveredTwiceIsRecordedOnce() {
        Trace trace = trace();

        assertThat(records.record(trace, facts())).isTrue();
        assertThat(records.record(trace, facts())).isFalse();
        assertThat(jdbc.sql("select count(*) from audit.record where id = ?").param(trace.id()).query(Long.class).single()).isOne();
        assertThat(jdbc.sql("select count(*) from audit.queue where id = ?").param(trace.id()).query(Long.class).single())
                .as("queued for the log once").isOne();
    }

    @Test
    void aBatchSentAsOneInsertStoresEveryRecordOfItsTransaction() {
        List<Trace> fresh = List.of(trace(), trace(), trace());

        // As an audited action's records are written: one insert of many rows, sent with the transaction's commit.
        recordAll(fresh.stream().map(t -> new RecordStore.Recorded(t, facts())).toList());

        assertThat(fresh).allSatisfy(t -> assertThat(records.find(t.id())).isPresent());
        assertThat(jdbc.sql("select count(*) from audit.queue where id = any(?)").param(fresh.stream().map(Trace::id).toArray(UUID[]::new))
                .query(Long.class).single()).as("queued for the log").isEqualTo(3);
    }

    @Test
    void aTransactionWhoseRecordIsStoredAlreadyRollsBackWithoutWritingAnyOfItsRecords() {
        Trace before = trace();
        records.record(before, facts());
        byte[] commitment = jdbc.sql("select commitment from audit.record where id = ?").param(before.id()).query(byte[].class).single();
        Trace fresh = trace();

        // A trace id is new for every action: one stored already is a fault, and the action must not commit without its record.
        assertThatThrownBy(() -> recordAll(List.of(new RecordStore.Recorded(fresh, facts()), new RecordStore.Recorded(before, facts()))))
                .isInstanceOf(DuplicateKeyException.class);

        assertThat(records.find(fresh.id())).as("rolled back with the transaction").isEmpty();
        assertThat(jdbc.sql("select commitment from audit.record where id = ?").param(before.id()).query(byte[].class).single())
                .as("not written over").isEqualTo(commitment);
    }

    @Test
    void aRecordCommittedLateByALongerTransactionWaitsForItAndIsNeverSkipped() throws Exception {
        integrateAll();
        Trace early = trace();
        Trace late = trace();
        CountDownLatch recorded = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        CompletableFuture<Void> longer = CompletableFuture.runAsync(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            records.record(early, facts());
            recorded.countDown();
            await(commit);
        }));
        await(recorded);
        records.record(late, facts());

        integrator.integrateBatch();
        assertThat(records.find(late.id()).orElseThrow().leafIndex())
                .as("not taken while a transaction that started writing before it may still commit").isNull();

        commit.countDown();
        longer.get(10, TimeUnit.SECONDS);
        integrateAll();
        Long earlyPlace = records.find(early.id()).orElseThrow().leafIndex();
        Long latePlace = records.find(late.id()).orElseThrow().leafIndex();
        assertThat(earlyPlace).isNotNull();
        assertThat(latePlace).isEqualTo(earlyPlace + 1);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void integratedRecordsGetConsecutivePlacesAndTheRootIsTheRfc9162RootOfTheirCommitments() {
        integrateAll();
        List<Trace> traces = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            traces.add(trace());
        }
        recordAll(traces.stream().map(t -> new RecordStore.Recorded(t, facts())).toList());

        integrateAll();

        List<Long> places = traces.stream().map(t -> records.find(t.id()).orElseThrow().leafIndex()).sorted().toList();
        assertThat(places.get(places.size() - 1) - places.get(0)).isEqualTo(299);
        List<byte[]> leaves = jdbc.sql("select r.commitment from audit.leaf l join audit.record r on r.id = l.record_id order by l.leaf_index")
                .query(byte[].class).list().stream().map(c -> MerkleHasher.forCurrentThread().hashLeaf(c)).toList();
        TreeHead head = log.tree();
        assertThat(head.size()).isEqualTo(leaves.size());
        assertThat(head.rootHash()).isEqualTo(InMemoryMerkleTree.ofLeafHashes(leaves).rootHash(leaves.size()));
    }

    @Test
    void theCheckpointIsSignedByTheLogKeyAndCarriesAnSm2SignatureThatOtherVerifiersIgnore() throws Exception {
        records.record(trace(), facts());
        integrateAll();

        String note = log.latestCheckpoint().orElseThrow().note();
        var verifier = Ed25519NoteVerifier.parse(signers.verifierKey());
        var opened = SignedCheckpoint.open(note.getBytes(StandardCharsets.UTF_8), "localhost/onewindow/log", KnownVerifiers.of(verifier));

        assertThat(opened.checkpoint().treeHead()).isEqualTo(log.tree());
        assertThat(note.lines().filter(l -> l.startsWith("\u2014 ")).count()).isEqualTo(2);
        assertThat(signers.sm2VerifierKey()).hasValueSatisfying(key -> assertThat(key).startsWith("localhost/onewindow/log+"));
    }

    @Test
    void aRecordRebuiltFromItsColumnsHasTheCommitmentThatWasLogged() {
        Trace trace = trace();
        records.record(trace, new AuditFacts("identity.counter.identified", "person", "p-1", UUID.randomUUID(),
                "counter-identification", Map.of("窗口", "市民中心 3 号", "roles", List.of("OFFICER"), "n", 7, "ok", true)));

        var stored = records.find(trace.id()).orElseThrow();

        assertThat(RecordCommitment.of(stored.salt(), stored.record().toJson())).isEqualTo(stored.commitment());
    }

    @Test
    void aDetailOfPlainValuesAndOneOfOtherValuesBothReadBackWithTheCommitmentThatWasLogged() {
        UUID caseId = UUID.randomUUID();
        Map<String, Object> plain = Map.of("cases", List.of(caseId, caseId.toString()), "reason", "缺少\"营业执照\"\n副本\\\u0001",
                "nested", Map.of("big", 1L << 40, "small", (short) -3, "empty", List.of(), "none", Map.of()), "ok", false);
        Map<String, Object> other = Map.of("role", io.onewindow.kernel.access.Role.OFFICER, "at", Instant.parse("2026-02-16T08:00:00Z"));

        for (Map<String, Object> detail : List.of(plain, other)) {
            Trace trace = trace();
            records.record(trace, new AuditFacts("test.detail", "thing", "t-1", null, null, detail));
            var stored = records.find(trace.id()).orElseThrow();

            assertThat(RecordCommitment.of(stored.salt(), stored.record().toJson())).as(detail.toString()).isEqualTo(stored.commitment());
        }
        Trace trace = trace();
        records.record(trace, new AuditFacts("test.detail", "thing", "t-1", null, null, plain));
        assertThat(records.find(trace.id()).orElseThrow().record().detail())
                .as("stored as the JSON it is: UUIDs as text, integers as digits, text with its escapes undone")
                .containsEntry("cases", List.of(caseId.toString(), caseId.toString()))
                .containsEntry("reason", "缺少\"营业执照\"\n副本\\\u0001")
                .containsEntry("nested", Map.of("big", 1L << 40, "small", -3, "empty", List.of(), "none", Map.of()));
    }

    @Test
    void changingAnyStoredColumnBreaksTheCommitment() {
        Trace trace = trace();
        records.record(trace, facts());

        jdbc.sql("update audit.record set purpose = 'something else' where id = ?").param(trace.id()).update();
        var stored = records.find(trace.id()).orElseThrow();

        assertThat(RecordCommitment.of(stored.salt(), stored.record().toJson())).isNotEqualTo(stored.commitment());
    }

    @Test
    void twoIntegratorsRunningAtOnceLeaveOneLogWithoutGapsOrRepeats() {
        recordAll(java.util.stream.IntStream.range(0, 2000).mapToObj(i -> new RecordStore.Recorded(trace(), facts())).toList());

        CompletableFuture<Void> one = CompletableFuture.runAsync(this::integrateAll);
        CompletableFuture<Void> two = CompletableFuture.runAsync(this::integrateAll);
        CompletableFuture.allOf(one, two).join();
        integrateAll();

        long size = log.tree().size();
        assertThat(pending()).isZero();
        assertThat(jdbc.sql("select count(*) from audit.leaf").query(Long.class).single()).isEqualTo(size);
        assertThat(jdbc.sql("select max(leaf_index) from audit.leaf").query(Long.class).single()).isEqualTo(size - 1);
        assertThat(jdbc.sql("select count(*) from audit.record").query(Long.class).single()).isEqualTo(size);
    }

    @Test
    void whoUsedMyDataListsTheUsesByOthersButNotThePersonsOwnActions() {
        UUID person = UUID.randomUUID();
        UUID ownAccount = UUID.randomUUID();
        Actor officer = new Actor(UUID.randomUUID(), "officer", "赵敏", io.onewindow.kernel.access.Role.OFFICER, UUID.randomUUID(), "青岛市行政审批服务局");
        Actor themselves = new Actor(ownAccount, "370202198506140021", "林晓彤", io.onewindow.kernel.access.Role.CITIZEN, null, null);
        AuditFacts read = AuditFacts.of("personal-data.accessed", "identity.person", person).concerning(person, "counter-identification");
        records.record(new Trace(UUID.randomUUID(), Instant.now(), officer, "r1"), read);
        records.record(new Trace(UUID.randomUUID(), Instant.now(), themselves, "r2"), read);

        var uses = dataUse.of(person, ownAccount, 0);

        assertThat(uses).hasSize(1);
        assertThat(uses.get(0).record().actor().departmentName()).isEqualTo("青岛市行政审批服务局");
        assertThat(uses.get(0).record().purpose()).isEqualTo("counter-identification");
    }

    @Test
    void aReceiptIsPendingUntilIntegratedThenProvesInclusionInTheSignedCheckpoint() throws Exception {
        Trace trace = trace();
        records.record(trace, facts());
        assertThat(receipts.find(trace.id())).hasValueSatisfying(r -> assertThat(r.integrated()).isFalse());

        integrateAll();

        ReceiptDocument receipt = ReceiptDocument.parse(receipts.find(trace.id()).orElseThrow().document().toJson());
        byte[] leaf = MerkleHasher.forCurrentThread().hashLeaf(receipt.recordHash());
        ProofVerifier.verifyInclusion(receipt.leafIndex(), receipt.treeSize(), leaf, receipt.inclusionProof(), log.tree().rootHash());
        assertThat(receipt.checkpoint()).startsWith("localhost/onewindow/log\n" + receipt.treeSize() + "\n");
        assertThat(receipt.id()).isEqualTo(trace.id().toString());
    }

    @Test
    void aRecordsExportReadsBackAndItsSaltAndRecordGiveTheCommitmentThatWasLogged() {
        Trace trace = trace();
        records.record(trace, new AuditFacts("identity.counter.identified", "person", "p-1", UUID.randomUUID(),
                "counter-identification", Map.of("窗口", "市民中心 3 号", "roles", List.of("OFFICER"), "n", 7, "ok", true)));

        RecordExportDocument pending = exportRead(trace);
        integrateAll();
        RecordExportDocument export = exportRead(trace);
        var stored = records.find(trace.id()).orElseThrow();

        assertThat(pending.leafIndex()).as("exported before it was in the log").isNull();
        assertThat(export.leafIndex()).isEqualTo(stored.leafIndex());
        assertThat(export.recomputedCommitment()).isEqualTo(export.commitment()).isEqualTo(stored.commitment());
        assertThat(export.record()).containsEntry("purpose", "counter-identification").containsEntry("requestId", "test-request");
    }

    /** Records events as audited actions' records are written: in a transaction, sent with its commit. */
    private void recordAll(List<RecordStore.Recorded> events) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> commitStatements.add(() -> records.inserts(events)));
    }

    /** Integrates until nothing is pending; a call that finds the log held by the other integrator tries again. */
    private void integrateAll() {
        for (int round = 0; round < 1000 && pending() > 0; round++) {
            integrator.integrateBatch();
        }
    }

    /** The record's export, as the auditor's verifier reads it. */
    private RecordExportDocument exportRead(Trace trace) {
        return RecordExportDocument.parse(records.find(trace.id()).orElseThrow().export("localhost/onewindow/log").toJson());
    }

    private long pending() {
        return jdbc.sql("select count(*) from audit.queue").query(Long.class).single();
    }

    private static Trace trace() {
        return new Trace(UUID.randomUUID(), Instant.now(), Actor.SYSTEM, "test-request");
    }

    private static AuditFacts facts() {
        return AuditFacts.of("test.recorded", "thing", UUID.randomUUID()).concerning(UUID.randomUUID(), "testing");
    }
}
