import { stem } from './stem.js';

const ENGLISH = `a an the and or of for to in on at with by from into via as per we our ours us i my me you your
they their them it its is are be been am was were being this that these those can could will would should may might
need needs needed look looking seek seeking want wants find finding search searching hope partner partners provide
providing provider providers offer offers offering help helping service services company companies business
good best great reliable trusted experienced experience professional year years also more some any all other new
team teams based etc do does doing run running have has having get getting make making who what which where when
how very well just only own one two three lot lots many much urgently urgent currently mainly mostly especially
interested looking able support supporting solution solutions work working global local various`;

/** English words too common in profiles to say anything about a match (stemmed). */
export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set(
  ENGLISH.split(/\s+/)
    .filter(Boolean)
    .map((w) => stem(w)),
);

/** Chinese characters that mark grammar, not meaning; a bigram containing one is not a useful term. */
export const CHINESE_STOP_CHARS: ReadonlySet<string> = new Set([
  ...'的了和与及在是有我们你他她它等也都做找需要可能为对把被这那个些或并从到就很让给想求缺请帮用而以于其各每该此所之吗呢吧啊',
]);

const CHINESE_BIGRAMS = `公司 寻找 提供 合作 伙伴 资源 服务 专业 希望 有意 相关 业务 经验 多年 进行 帮助 一起 靠谱 优质 长期 目前 主要
团队 客户 产品 方面 领域 行业 市场 企业 项目 多种 各种 任何 欢迎 联系 朋友 老板 创始 创业 工作 负责 擅长 急需 可提 提高 支持 解决 方案`;

/** Chinese bigrams too common in profiles to say anything about a match. */
export const CHINESE_STOP_BIGRAMS: ReadonlySet<string> = new Set(CHINESE_BIGRAMS.split(/\s+/).filter(Boolean));
