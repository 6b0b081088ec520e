package com.hallkiosk.items;

import com.hallkiosk.device.idcard.IdCard;
import com.hallkiosk.device.idcard.IdCardReader;
import com.hallkiosk.device.sscard.SocialSecurityCard;
import com.hallkiosk.device.sscard.SocialSecurityCardReader;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The kiosk's two identity readers seen as one: read the chosen one and say who the person is. Each read
 * has a deadline of its own on top of the port's, so a port that never answers cannot hold an item.
 * A kiosk without one of the readers (a bank branch's terminal may have no ID card module) passes empty.
 */
public final class IdentityReaders {
    private final Optional<SocialSecurityCardReader> cardReader;
    private final Optional<IdCardReader> idCardReader;
    private final Duration deadline;

    public IdentityReaders(Optional<SocialSecurityCardReader> cardReader, Optional<IdCardReader> idCardReader,
                           Duration deadline) {
        this.cardReader = cardReader;
        this.idCardReader = idCardReader;
        this.deadline = deadline;
    }

    public boolean has(IdentitySource source) {
        return switch (source) {
            case SOCIAL_SECURITY_CARD -> cardReader.isPresent();
            case ID_CARD -> idCardReader.isPresent();
            case ID_CARD_AND_CARD -> cardReader.isPresent() && idCardReader.isPresent();
        };
    }

    /** Completes with the person, or fails with the port's DeviceException, an {@link UnusableIdentity} or a timeout. */
    public CompletableFuture<Identity> read(IdentitySource source) {
        CompletableFuture<Identity> read = switch (source) {
            case SOCIAL_SECURITY_CARD -> cardReader.map(reader -> reader.read().thenApply(IdentityReaders::of))
                    .orElseGet(() -> CompletableFuture.failedFuture(new UnusableIdentity("这台机器没有社保卡读卡器，请刷身份证。")));
            case ID_CARD -> idCardReader.map(reader -> reader.read().thenApply(IdentityReaders::of))
                    .orElseGet(() -> CompletableFuture.failedFuture(new UnusableIdentity("这台机器没有身份证阅读器，请插入社保卡。")));
            case ID_CARD_AND_CARD -> readBoth();
        };
        return read.orTimeout(deadline.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * The ID card, then the 社保卡; a failure of either is put in words naming that card (both readers throw the
     * same DeviceException kinds, so the words could not tell which card was pulled out).
     */
    private CompletableFuture<Identity> readBoth() {
        if (!has(IdentitySource.ID_CARD_AND_CARD)) {
            return CompletableFuture.failedFuture(new UnusableIdentity("这台机器不能同时读身份证和社保卡，请到窗口办理。"));
        }
        return worded(read(IdentitySource.ID_CARD), IdentitySource.ID_CARD)
                .thenCompose(person -> worded(read(IdentitySource.SOCIAL_SECURITY_CARD), IdentitySource.SOCIAL_SECURITY_CARD)
                        .thenApply(card -> samePerson(person, card)));
    }

    private static CompletableFuture<Identity> worded(CompletableFuture<Identity> read, IdentitySource source) {
        return read.handle((who, failure) -> {
            if (failure == null) {
                return who;
            }
            Throwable cause = ItemWords.cause(failure);
            throw cause instanceof UnusableIdentity unusable ? unusable : new UnusableIdentity(ItemWords.readFailure(source, cause));
        });
    }

    /** The 社保卡's social security number is its holder's identity number; a card of someone else stops here. */
    static Identity samePerson(Identity person, Identity card) {
        if (!person.idNumber().equalsIgnoreCase(card.idNumber())) {
            throw new UnusableIdentity("身份证和社保卡不是同一个人的，这项业务没有办理。请用本人的身份证和本人的社保卡。");
        }
        return new Identity(IdentitySource.ID_CARD_AND_CARD, person.idNumber(), person.name(), card.cardNumber());
    }

    static Identity of(SocialSecurityCard card) {
        return new Identity(IdentitySource.SOCIAL_SECURITY_CARD, card.socialSecurityNumber(), card.name(),
                Optional.of(card.cardNumber()));
    }

    static Identity of(IdCard card) {
        // A foreign permanent resident card's number is not a citizen identity number, which the social
        // security records are keyed by; such holders are served at a window.
        if (card.type() == IdCard.Type.FOREIGN_PERMANENT) {
            throw new UnusableIdentity("外国人永久居留身份证不能在本机办理这项业务，请到窗口办理。");
        }
        return new Identity(IdentitySource.ID_CARD, card.idNumber(), card.name(), Optional.empty());
    }

    /** A card that was read but cannot be used for the items; the message is for the person. */
    public static final class UnusableIdentity extends RuntimeException {
        public UnusableIdentity(String words) {
            super(words);
        }
    }
}
