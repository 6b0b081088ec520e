package com.hallkiosk.items;

import com.hallkiosk.device.DeviceException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/** Failures of the readers in words for the person at the kiosk: what happened and what to do now. */
final class ItemWords {
    private ItemWords() {
    }

    static Throwable cause(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    static String readFailure(IdentitySource source, Throwable failure) {
        Throwable cause = cause(failure);
        boolean card = source == IdentitySource.SOCIAL_SECURITY_CARD;
        if (cause instanceof IdentityReaders.UnusableIdentity unusable) {
            return unusable.getMessage();
        }
        if (cause instanceof DeviceException.CardRemoved) {
            return card ? "读卡时卡被拔出了。请把社保卡重新插好，读完之前不要取出。"
                    : "读卡时身份证被拿开了。请把身份证重新放好，读完之前不要拿开。";
        }
        if (cause instanceof DeviceException.NoCard) {
            return card ? "没有读到卡。请把社保卡芯片朝上插入读卡口。" : "没有读到身份证。请把身份证平放在感应区上。";
        }
        if (cause instanceof DeviceException.InvalidCard) {
            return "这张卡读不出来，可能已经损坏。请换一种方式，或到窗口办理。";
        }
        if (cause instanceof TimeoutException || cause instanceof DeviceException.Timeout) {
            return "读卡没有及时完成。请重新试一次，或换一种方式。";
        }
        return "读卡器暂时不能使用。请换一种方式，或到窗口办理。";
    }

    /** The Chinese half of a bilingual reason ("不能是同一个数字 the PIN may not …"). */
    static String chinese(String bilingual) {
        int cut = 0;
        while (cut < bilingual.length() && !(bilingual.charAt(cut) < 0x80 && Character.isLetter(bilingual.charAt(cut)))) {
            cut++;
        }
        return bilingual.substring(0, cut).strip();
    }
}
