/**
 * Chinese names of the sample's publicly named places and participants (data/sample-programme.json;
 * the names from ../shared/domain.md), keyed by the exact English name the chain carries. Display
 * only: the chain, the indexer and the seeder keep the English names. Fictional entities ("Fictional …")
 * have no entry: they keep their names, which say they are fictional sample data.
 */
export const ZONE_NAMES_ZH: Readonly<Record<string, string>> = {
  "Beijing (Haidian)": "北京（海淀区）",
  "Chongqing (Yuzhong)": "重庆（渝中区）",
  Fuzhou: "福州",
  Guangzhou: "广州",
  Baise: "百色",
  Guiyang: "贵阳",
  "Xiong'an": "雄安新区",
  Wuxi: "无锡",
  Shanghai: "上海",
  Hangzhou: "杭州",
  Haikou: "海口",
  Changsha: "长沙",
  Ganzhou: "赣州",
  Weifang: "潍坊",
  Chengdu: "成都",
  Xiamen: "厦门",
};

/** The zones' provinces and municipalities (the sample's `region`). */
export const REGION_NAMES_ZH: Readonly<Record<string, string>> = {
  Beijing: "北京",
  Chongqing: "重庆",
  Fujian: "福建",
  Guangdong: "广东",
  Guangxi: "广西",
  Guizhou: "贵州",
  Hebei: "河北",
  Jiangsu: "江苏",
  Shanghai: "上海",
  Zhejiang: "浙江",
  Hainan: "海南",
  Hunan: "湖南",
  Jiangxi: "江西",
  Shandong: "山东",
  Sichuan: "四川",
};

/** The participants public reports name (the sample's non-fictional entities). */
export const ENTITY_NAMES_ZH: Readonly<Record<string, string>> = {
  "Industrial and Commercial Bank of China": "中国工商银行",
  "Beijing Gas Group": "北京燃气集团",
  Aisino: "航天信息",
  "Chongqing Housing Provident Fund Management Center": "重庆市住房公积金管理中心",
  "China Broadcasting Network Chongqing": "中国广电重庆公司",
  "CISDI Group": "中冶赛迪集团",
  "SAIC-GM-Wuling": "上汽通用五菱",
  "Guizhou Province": "贵州省",
  "Guizhou Normal University": "贵州师范大学",
  "China State Shipbuilding": "中国船舶集团",
  "Ningbo Zhoushan Port": "宁波舟山港",
  CNOOC: "中国海洋石油",
  Haier: "海尔",
};

/** The sixteen central bodies that hold the governor's seats (sdk/governance.ts GOVERNING_BODIES). */
export const BODY_NAMES_ZH: Readonly<Record<string, string>> = {
  "Cyberspace Administration": "国家互联网信息办公室",
  "Ministry of Industry and Information Technology": "工业和信息化部",
  "National Development and Reform Commission": "国家发展和改革委员会",
  "Ministry of Education": "教育部",
  "Ministry of Civil Affairs": "民政部",
  "Ministry of Human Resources and Social Security": "人力资源和社会保障部",
  "National Health Commission": "国家卫生健康委员会",
  "People's Bank of China": "中国人民银行",
  "State Taxation Administration": "国家税务总局",
  "National Energy Administration": "国家能源局",
  "China Securities Regulatory Commission": "中国证券监督管理委员会",
  "China Banking and Insurance Regulatory Commission": "中国银行保险监督管理委员会",
  "Supreme People's Court": "最高人民法院",
  "Supreme People's Procuratorate": "最高人民检察院",
  "National Copyright Administration": "国家版权局",
  "Ministry of Commerce": "商务部",
};
