package com.hallkiosk.business;

import java.util.List;
import java.util.Optional;

/** Contributions and the pension: what 个人参保证明, 个人权益记录单 and 职工养老待遇领取证明 print. */
public interface ContributionRecords {
    /** Pension, unemployment and work injury insurance, each with its years; an insurance never joined is absent. */
    ContributionHistory contributions(String idNumber) throws BusinessException;

    /** The pension insurance's personal account year by year, oldest first; empty when never contributed. */
    List<PensionAccountYear> pensionAccount(String idNumber) throws BusinessException;

    /** The pension the person draws; empty when they draw none. */
    Optional<Pension> pension(String idNumber) throws BusinessException;
}
