package com.hallkiosk.business.demo;

import java.util.SplittableRandom;

/**
 * Plausible names: a surname from the common ones (two compound surnames among them) and one or two given
 * characters. About one name in a hundred takes a rare character (堃 喆 䶮 …), the kind that breaks fonts,
 * GBK encoders and receipt printers, so the demo exercises them.
 */
final class ChineseNames {
    private static final String[] SURNAMES = {
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高",
        "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁",
        "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔",
        "钟", "谭", "陆", "汪", "范", "金", "石", "廖", "贾", "夏", "韦", "付", "方", "白", "邹", "孟", "熊", "秦",
        "欧阳", "司马"
    };
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕"
            + "建国志强海峰子涵浩然雨欣梓轩思远晓东丹宇鹏飞佳琪婷文博嘉怡俊凯欣怡一鸣晨阳春梅秋菊冬雪";
    private static final String[] RARE = {"堃", "喆", "䶮", "玥", "犇", "淼", "昇", "琤", "彧", "燚"};
    private static final double RARE_SHARE = 0.01;

    private ChineseNames() {
    }

    static String draw(SplittableRandom random) {
        StringBuilder name = new StringBuilder(SURNAMES[random.nextInt(SURNAMES.length)]);
        int givenLength = random.nextDouble() < 0.3 ? 1 : 2;
        int rareAt = random.nextDouble() < RARE_SHARE ? random.nextInt(givenLength) : -1;
        for (int i = 0; i < givenLength; i++) {
            name.append(i == rareAt ? RARE[random.nextInt(RARE.length)] : GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return name.toString();
    }
}
