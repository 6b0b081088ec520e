package com.hallkiosk.catalog.curated;

import static com.hallkiosk.catalog.CuratedCatalogFixture.item;
import static com.hallkiosk.catalog.CuratedCatalogFixture.region;
import static org.assertj.core.api.Assertions.assertThat;

import com.hallkiosk.catalog.CuratedCatalogFixture;
import com.hallkiosk.catalog.model.Catalog;
import com.hallkiosk.catalog.model.ChannelKind;
import com.hallkiosk.catalog.model.Item;
import com.hallkiosk.catalog.model.Office;
import com.hallkiosk.catalog.model.Region;
import com.hallkiosk.catalog.model.ServicePackage;
import com.hallkiosk.catalog.model.SourceKind;
import com.hallkiosk.catalog.model.Tolerance;
import org.junit.jupiter.api.Test;

/** Facts picked by hand from the seeds, each checked in the curated catalog and in the seed itself. */
class SeedSpotCheckTest {
    private static final String ANSHAN = "000_e7e5fee8491cbd43.txt";
    private static final String FUSHUN = "001_c35c5168487ab546.txt";
    private static final String HAICHENG = "002_58a9f8737e67158e.txt";
    private static final String PACKAGES = "003_ac9b19a29b176cdc.txt";
    private static final String SHANDONG = "004_c8e6606881babb29.txt";

    private final Catalog catalog = CuratedCatalogFixture.catalog();

    @Test
    void anshanOfficesAreAsListed() {
        Office centre = region(catalog, "anshan-tiedong").offices().get(0);
        assertThat(centre.name()).isEqualTo("铁东区人力资源和社会保障服务中心");
        assertThat(centre.address()).isEqualTo("鞍山市铁东区安乐街16号鞍山市人力资源产业园");
        assertThat(centre.phones()).containsExactly("0412-5550530");
        assertThat(seed(ANSHAN)).contains("国企社会管理分中心", "鞍山市铁东区中华南路152甲", "0412-5550866");
        assertThat(region(catalog, "anshan-tiedong").offices().get(1).phones()).containsExactly("0412-5550866");
    }

    @Test
    void anshanPersonalCertificateIsPrintedAtTheSelfServiceTerminal() {
        Item certificate = item(catalog, "anshan-tiedong", "8");
        assertThat(certificate.name()).isEqualTo("个人参保证明查询打印（企业养老保险部分）");
        assertThat(certificate.selfService().allowed()).isTrue();
        assertThat(certificate.selfService().where()).isEqualTo("自助查询打印机");
        assertThat(certificate.channels()).extracting(c -> c.kind())
                .contains(ChannelKind.WINDOW, ChannelKind.ONLINE, ChannelKind.MOBILE, ChannelKind.SELF_SERVICE);
        assertThat(certificate.phones()).containsExactly("0412-5550533");
        assertThat(seed(ANSHAN)).contains("④自助办：自助查询打印机");
    }

    @Test
    void anshanLossReportIsSelfServiceAtPartnerBanks() {
        Item lossReport = item(catalog, "anshan-tiedong", "27");
        assertThat(lossReport.name()).isEqualTo("社会保障卡挂失与解挂");
        assertThat(lossReport.selfService().where()).isEqualTo("合作银行网点");
        assertThat(lossReport.timeLimit()).isEqualTo("即时办结");
        assertThat(lossReport.materials().get(0).sourceKind()).isEqualTo(SourceKind.APPLICANT);
    }

    @Test
    void anshanProhibitionsAndTolerancesAreLinkedToTheirItems() {
        Item benefit = item(catalog, "anshan-tiedong", "14");
        assertThat(benefit.prohibitions()).extracting(p -> p.situation())
                .containsExactly("自动离职、个人原因离职", "失业保险未缴满 1 年以上");
        Tolerance photo = item(catalog, "anshan-tiedong", "25").tolerances().get(0);
        assertThat(photo.material()).isEqualTo("二寸白底彩色免冠证件照片");
        assertThat(photo.deadlineWorkingDays()).isEqualTo(1);
        assertThat(region(catalog, "anshan-tiedong").unlinkedProhibitions()).extracting(p -> p.group())
                .containsExactly("三、免费职业技能培训报名");
    }

    @Test
    void fushunWindowsKeepTheirPhonesAsWritten() {
        Office wanghua = region(catalog, "fushun").offices().get(11);
        assertThat(wanghua.name()).isEqualTo("望花区就业和人才服务中心");
        assertThat(wanghua.phones()).containsExactly("18841345104");
        assertThat(seed(FUSHUN)).contains("| 12 | 望花区就业和人才服务中心 | 望花区科技街中段 3 号 | 18841345104 |");
    }

    @Test
    void fushunUnemploymentBenefitCarriesItsProhibitions() {
        Item benefit = item(catalog, "fushun", "15");
        assertThat(benefit.name()).isEqualTo("失业保险金申领");
        assertThat(benefit.prohibitions()).extracting(p -> p.situation())
                .containsExactly("个人意愿离职", "参保缴纳失业保险费累计不足 12 个月");
        assertThat(seed(FUSHUN)).contains("| 五、失业保险金申领 | 1. 个人意愿离职 |");
    }

    @Test
    void fushunLossReportOffersThe12333SelfServiceLine() {
        Item lossReport = item(catalog, "fushun", "38");
        assertThat(lossReport.channels()).anySatisfy(channel -> {
            assertThat(channel.kind()).isEqualTo(ChannelKind.PHONE);
            assertThat(channel.where()).contains("12333", "按 4 选择社保卡挂失");
        });
        assertThat(lossReport.selfService().where()).isEqualTo("合作银行网点");
    }

    @Test
    void fushunToleranceRowOfFourMaterialsGivesFourTolerances() {
        assertThat(item(catalog, "fushun", "46").tolerances()).hasSize(4)
                .allSatisfy(t -> assertThat(t.deadlineWorkingDays()).isEqualTo(10))
                .extracting(Tolerance::material).contains("鉴定机构开具的鉴定费收据");
    }

    @Test
    void fushunCardPackageIsTheTenth() {
        ServicePackage cards = region(catalog, "fushun").packages().get(9);
        assertThat(cards.name()).isEqualTo("社保卡服务包");
        assertThat(cards.subItems()).contains("社会保障卡密码修改与重置", "社会保障卡挂失与解挂");
        assertThat(cards.location()).isEqualTo("新华大街 22 号抚顺银行北站支行二楼");
        assertThat(seed(PACKAGES)).contains("“社保卡服务包”");
    }

    @Test
    void haichengCancelsCardsAtItsWindowOnly() {
        Item cancellation = item(catalog, "haicheng", "2");
        assertThat(cancellation.name()).isEqualTo("社会保障卡注销");
        assertThat(cancellation.selfService().allowed()).isFalse();
        assertThat(cancellation.tips()).endsWith("社会保障卡注销后请到银行办理注销金融业务。");
        assertThat(seed(HAICHENG)).contains("社会保障卡注销后请到银行办理注销金融业务。");
    }

    @Test
    void shandongTemporaryLossReportLiftsItselfAfterSevenDays() {
        Item lossReport = item(catalog, "shandong", "26");
        assertThat(lossReport.name()).isEqualTo("社会保障卡（社会保障功能）挂失与解挂");
        assertThat(lossReport.channels()).anySatisfy(channel ->
                assertThat(channel.note()).contains("临时挂失后社会保障功能7天后自动解挂"));
        assertThat(lossReport.notes()).containsExactly("社会保障卡金融功能临时挂失与解挂可拨打社会保障卡发卡银行服务电话办理。");
        assertThat(lossReport.selfService().allowed()).isTrue();
        assertThat(seed(SHANDONG)).contains("临时挂失后社会保障功能7天后自动解挂");
    }

    @Test
    void shandongUnemploymentAssistanceWindowClosedOn31March2023() {
        Item assistance = item(catalog, "shandong", "29");
        assertThat(assistance.name()).isEqualTo("失业补助金申领");
        assertThat(assistance.notes()).contains("政策受理期截至 2023 年 3 月 31 日。");
        assertThat(assistance.channels()).extracting(c -> c.kind()).contains(ChannelKind.SELF_SERVICE);
    }

    @Test
    void shandongOfficesComeFromTheConsultationLines() {
        Region shandong = region(catalog, "shandong");
        assertThat(shandong.offices()).extracting(Office::name)
                .containsExactly("山东省人力资源和社会保障厅政务服务大厅", "济南市政务服务大厅");
        assertThat(item(catalog, "shandong", "1").phones()).containsExactly("0531-12333");
    }

    @Test
    void selfServiceCountsFollowTheDocuments() {
        assertThat(selfServiceItems("anshan-tiedong")).isEqualTo(6);
        assertThat(selfServiceItems("fushun")).isEqualTo(6);
        assertThat(selfServiceItems("haicheng")).isZero();
        assertThat(selfServiceItems("shandong")).isEqualTo(12);
    }

    private long selfServiceItems(String regionId) {
        return region(catalog, regionId).items().stream().filter(item -> item.selfService().allowed()).count();
    }

    private static String seed(String document) {
        return CuratedCatalogFixture.seed(document);
    }
}
