package com.hallkiosk.business;

import com.hallkiosk.certificate.CertificateType;
import java.util.List;
import java.util.Set;

/** Which certificates a person can have, and the units they may print a 单位参保证明 for. */
public interface CertificateData {
    /**
     * 个人参保证明 and 个人权益记录单 for anyone with a contribution, 职工养老待遇领取证明 for someone who draws
     * a pension, 单位参保证明 for the legal representative of at least one unit.
     */
    Set<CertificateType> certificatesFor(String idNumber) throws BusinessException;

    /** The units whose legal representative (法定代表人) this person is. */
    List<Unit> unitsRepresentedBy(String idNumber) throws BusinessException;

    /** The unit's record, for its legal representative only. */
    UnitRecord unitRecord(String representativeIdNumber, String creditCode) throws BusinessException;
}
