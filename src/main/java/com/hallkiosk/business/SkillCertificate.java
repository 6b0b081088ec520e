package com.hallkiosk.business;

import java.time.LocalDate;

/** A vocational qualification or skill level certificate (职业资格证书 / 职业技能等级证书). */
public record SkillCertificate(String certificateNumber, String occupation, SkillLevel level, LocalDate issuedOn) {
}
