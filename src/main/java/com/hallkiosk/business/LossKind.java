package com.hallkiosk.business;

/** A loss report (挂失): temporary (临时挂失, can be lifted with 解挂) or formal (正式挂失, a new card follows). */
public enum LossKind {
    TEMPORARY, FORMAL
}
