// A page in traditional characters (a portal's 「繁體」 version, a mirror that converts what it copies:
// nianbao issue 18, h71's page excerpts) read in the simplified characters the format prints: its
// headings, row labels and the words meta is read by. Only characters whose traditional form is
// never written in simplified text are mapped (not 乾, 著, 瞭, 藉 …), one character for one, so
// every line keeps its length and snippets their place. The summary says the text was converted.

/** Pairs of a traditional character and its simplified form. */
const PAIRS =
  '總总體体況况動动開开報报請请處处結结轉转辦办數数屬属國国規规範范護护權权務务過过執执詢询項项' +
  '機机關关現现補补確确訪访舉举訴诉類类複复復复無无當当據据費费繳缴納纳維维糾纠議议訟讼審审計计' +
  '發发廢废許许罰罚強强額额萬万問问題题進进資资訊讯統统實实與与為为這这隻只製制於于專专業业會会' +
  '應应單单協协參参號号後后圓圆層层帶带錄录擴扩標标檢检點点電电監监穩稳稱称稅税級级組组織织經经' +
  '續续繼继網网聯联獲获認认設设說说頁页驗验門门內内決决創创區区衛卫團团產产勞劳險险醫医藥药廳厅' +
  '鎮镇鄉乡縣县員员條条構构導导彙汇匯汇編编傳传郵邮話话繫系係系樓楼廣广東东華华場场質质環环劃划' +
  '農农財财預预幹干職职責责檔档蓋盖圍围並并將将對对從从們们個个長长書书記记見见還还讓让邊边達达' +
  '選选週周遞递運运遠远適适觀观讀读變变陽阳樹树撫抚雲云臺台準准範范歷历學学習习黨党領领導导堅坚' +
  '貫贯徹彻寬宽緊紧圍围繞绕們们賴赖視视聽听歲岁優优勢势積积極极態态經经濟济術术質质頭头錢钱銀银' +
  '價价購购買买賣卖貨货證证書书詳详細细紹绍簡简歸归齊齐龍龙門门閱阅聞闻鬧闹閉闭間间隊队際际隨随' +
  '險险陸陆陳陈頒颁頓顿顧顾預预領领頻频顯显類类風风飛飞館馆餘余馬马驗验體体髮发鳥鸟黃黄點点齡龄' +
  '據据擔担擇择擊击擁拥攜携據据斷断暫暂曆历會会條条東东極极樣样標标權权歡欢歸归殘残氣气漢汉滿满' +
  '濟济灣湾熱热爭争獨独環环現现畢毕異异療疗發发盡尽監监碼码礎础禮礼禱祷稅税稱称穩稳窮穷競竞筆笔' +
  '節节範范築筑簽签糧粮緣缘線线練练縮缩總总績绩織织繫系罰罚義义習习聖圣聲声腦脑膚肤興兴舊旧艱艰' +
  '莊庄華华萬万葉叶蕭萧薦荐藝艺蘇苏處处號号蟲虫術术衛卫衝冲補补裝装複复覺觉覽览訂订訓训託托' +
  '記记訪访設设許许診诊詞词試试誌志誠诚誤误說说課课調调談谈請请論论諮咨謀谋謝谢證证識识譯译護护' +
  '讓让豐丰負负貢贡貧贫責责貸贷費费資资賞赏質质購购贈赠趕赶跡迹蹤踪車车軍军軟软較较載载輔辅輕轻' +
  '輸输轄辖辦办農农這这連连進进違违遺遗鄭郑醫医釋释錯错鍵键長长門门開开閑闲關关陰阴隊队際际' +
  '隱隐雜杂雙双離离難难電电靈灵韓韩項项順顺須须預预頗颇額额顏颜願愿饑饥騎骑驅驱驗验髒脏鬥斗魯鲁' +
  '鐵铁鑒鉴鑑鉴檢检權权戶户擬拟據据舊旧嚴严壓压壞坏壯壮壽寿夠够奪夺奮奋婦妇媽妈孫孙寧宁寫写尋寻' +
  '導导將将專专尋寻屆届屬属嶺岭巖岩幣币師师帳账幫帮廠厂廢废廣广徑径從从復复徵征態态慶庆憲宪戰战' +
  // Common in the prose of reports (h76: 「群眾來電」「礦產」「及時」 stayed traditional once converted).
  '時时則则潔洁眾众礦矿來来麼么兒儿幾几億亿傷伤備备勵励憑凭慮虑損损樂乐橋桥滅灭減减災灾燈灯營营' +
  '狀状獎奖畫画盜盗禍祸種种紀纪約约紛纷純纯紙纸終终給给絡络絕绝綜综緩缓緒绪罷罢親亲評评語语諾诺' +
  '謂谓講讲賠赔贊赞趨趋軌轨輛辆輯辑鄰邻鋼钢陣阵雖虽響响饋馈鬆松兩两冊册劑剂勝胜厲厉啟启園园圖图' +
  '塊块壇坛寶宝島岛憶忆懷怀戲戏攝摄棄弃欄栏殺杀漁渔潛潜爾尔犧牺獻献畝亩盤盘礙碍竊窃紅红綠绿肅肃' +
  '脅胁腳脚臨临虛虚蘭兰觸触討讨該该貝贝貿贸賦赋趙赵輪轮辭辞遲迟遷迁針针銷销靜静頂顶飯饭養养騰腾' +
  '魚鱼麥麦淨净';

const MAP: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  const chars = [...PAIRS];
  for (let i = 0; i + 1 < chars.length; i += 2)
    if (chars[i] !== chars[i + 1]) m.set(chars[i]!, chars[i + 1]!);
  return m;
})();

/** The summary's note: what was changed, so the clerk checks the texts imported. */
export const traditionalNote = (changed: number): string =>
  `原文为繁体字：已将其中${changed}个繁体字按简体字读取（部分标题、表格行名和报告信息据此识别），导入的文字也已改为简体，请与原文核对。`;

/** Fewer traditional characters than this are typos or names, not a page in traditional characters. */
const MIN_TRADITIONAL = 12;

const SIMPLIFIED: ReadonlySet<string> = new Set(MAP.values());

/**
 * The text in simplified characters when it is written in traditional ones (at least
 * MIN_TRADITIONAL characters of the map, and more of them than of their simplified forms: a
 * simplified report quoting a name in traditional characters stays as it is), with how many
 * characters were changed; else as it is.
 */
export function simplifiedText(text: string): { text: string; changed: number } {
  let traditional = 0;
  let simplified = 0;
  for (const ch of text) {
    if (MAP.has(ch)) traditional++;
    else if (SIMPLIFIED.has(ch)) simplified++;
  }
  if (traditional < MIN_TRADITIONAL || traditional <= simplified) return { text, changed: 0 };
  let changed = 0;
  let out = '';
  for (const ch of text) {
    const s = MAP.get(ch);
    if (s === undefined) out += ch;
    else {
      out += s;
      changed++;
    }
  }
  return { text: out, changed };
}
