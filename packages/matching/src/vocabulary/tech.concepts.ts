import { type ConceptDefinition, concept } from './concept.js';

/** Software, data, cloud and AI. */
export const TECH_CONCEPTS: readonly ConceptDefinition[] = [
  concept(
    'software-development',
    'software',
    '软件开发|软件外包|系统开发|定制开发|技术外包|IT服务|程序开发|研发外包|技术团队|开发团队|程序员|技术开发|软件定制|系统定制|平台开发|平台搭建|技术合伙人|技术支持|外包团队|全栈|前端|后端|开发外包',
    'software development|software outsourcing|custom software|it services|development team|software engineering|developers|developer|software engineers|dev team|tech team|programmers|outsourced development|software house|web platform|custom platform|platform development|tech partner|technical partner|full-stack|full stack|outsourcing team|react native|flutter|backend|frontend|devs|dev agency',
    {
      servedBy: ['mobile-app-development', 'website-development', 'mini-program-development', 'saas', 'erp-crm'],
    },
  ),
  concept(
    'mobile-app-development',
    'software',
    'APP开发|移动应用开发|安卓开发|iOS开发|手机应用|移动开发|APP定制|应用开发',
    'app development|mobile app|mobile apps|ios app|android app|mobile development|app developer|app developers|ios development|android development',
    { broader: 'software-development' },
  ),
  concept(
    'mini-program-development',
    'software',
    '小程序|小程序开发|微信小程序|公众号开发|H5开发|H5|微信开发|抖音小程序',
    'wechat mini program|mini program|mini programs|mini-program development|h5|wechat development|wechat integration',
    { broader: 'software-development' },
  ),
  concept(
    'website-development',
    'software',
    '网站建设|网站开发|建站|官网|官网建设|网页设计|外贸网站|网站设计|企业官网|网站搭建|网站',
    'website development|web development|website design|web design|corporate website|landing page|landing pages|website|websites|web developer|wordpress|webflow',
    { broader: 'software-development' },
  ),
  concept(
    'saas',
    'software',
    'SaaS|SaaS软件|SaaS平台|企业软件|软件产品|订阅软件|企业服务软件|SaaS工具|软件工具',
    'saas|software as a service|b2b software|enterprise software|software product|saas platform|saas tool|software tools|software platform',
  ),
  concept(
    'erp-crm',
    'software',
    'ERP|CRM|ERP系统|CRM系统|进销存|管理系统|OA系统|企业管理软件|数字化转型|企业数字化|数字化|信息化|WMS系统|MES|用友|金蝶|ERP实施|ERP部署',
    'erp|crm|erp system|crm system|inventory management software|management system|digital transformation|business software|digitalization|digitization|digitalize|digitalise|digitize|mes|salesforce|hubspot|odoo|netsuite|sap|erp implementation|erp software|inventory software',
  ),
  concept(
    'data-analytics',
    'software',
    '数据分析|大数据|BI|数据可视化|数据中台|数据治理|商业智能|数据服务|数据挖掘|数据',
    'data analytics|big data|business intelligence|bi|data visualization|data engineering|dashboards|data analysis|data science|data mining|analytics|data',
  ),
  concept(
    'cloud-it',
    'software',
    '云服务|云计算|服务器|阿里云|AWS|IT运维|网络安全|信息安全|云服务器|腾讯云|运维|数据安全|等保',
    'cloud|cloud computing|aws|azure|servers|it support|devops|cybersecurity|information security|web hosting|server hosting|cloud services|data security|google cloud|it infrastructure',
  ),
  concept(
    'ai',
    'ai',
    '人工智能|AI|AI应用|AI解决方案|智能化|AI技术|机器学习|深度学习|AI工具|AI落地|AI转型',
    'ai|artificial intelligence|ai solutions|ai applications|machine learning|ml|deep learning|ai tools|ai adoption|ai transformation|ai integration',
    { servedBy: ['llm-applications', 'computer-vision', 'ai-automation', 'ai-content', 'data-analytics'] },
  ),
  concept(
    'llm-applications',
    'ai',
    '大模型|大语言模型|LLM|ChatGPT|GPT|AIGC|生成式AI|智能客服|AI客服|AI Agent|智能体|知识库|AI助手|DeepSeek|AI问答|私有化部署',
    'large language model|large language models|llm|llms|chatgpt|gpt|generative ai|genai|chatbot|chatbots|ai agent|ai agents|ai customer service|rag|knowledge base|ai assistant|deepseek|copilot',
    { broader: 'ai' },
  ),
  concept(
    'computer-vision',
    'ai',
    '计算机视觉|视觉识别|图像识别|机器视觉|人脸识别|视觉检测|AI质检|OCR',
    'computer vision|image recognition|machine vision|visual inspection|face recognition|ocr|object detection',
    { broader: 'ai' },
  ),
  concept(
    'ai-automation',
    'ai',
    '自动化办公|RPA|流程自动化|AI提效|AI赋能|效率工具|办公自动化|工作流|AI工作流|降本提效',
    'rpa|process automation|workflow automation|ai automation|productivity tools|no-code automation|business automation|workflows',
    { broader: 'ai' },
  ),
  concept(
    'ai-content',
    'ai',
    'AI绘画|AI视频|数字人|AI生成内容|AI配音|虚拟主播|AI设计|AI图片|AI直播',
    'ai video|ai image generation|digital human|digital humans|virtual avatar|ai voice|ai content|ai generated content|ai design|virtual influencer',
    { broader: 'ai' },
  ),
];
