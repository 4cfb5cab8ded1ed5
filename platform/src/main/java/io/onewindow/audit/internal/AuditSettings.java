package io.onewindow.audit.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code onewindow.audit.*}.
 *
 * @param origin              the log's name in its checkpoints, by convention {@code <host>/onewindow/log}
 * @param integrationInterval how often pending records are added to the log and a checkpoint signed
 * @param maxBatch            at most this many records per integration transaction
 * @param sm2Cosignature      whether checkpoints also carry an SM2 signature (when the keystore has one)
 * @param integrate           whether this node takes part in integration; at least one node must
 */
@ConfigurationProperties("onewindow.audit")
public record AuditSettings(
        @DefaultValue("localhost/onewindow/log") String origin,
        @DefaultValue("200ms") Duration integrationInterval,
        @DefaultValue("4096") int maxBatch,
        @DefaultValue("true") boolean sm2Cosignature,
        @DefaultValue("true") boolean integrate) {
}
