// "Next steps": where to apply and what to bring, taken from the bundled texts, each line with
// the article it comes from. Chosen by the chain of texts applied, the action and the outcome.
import type { Assessment, Case } from './types';

export interface NextStep { zh: string; en: string; cite: string[] }

const has = (a: Assessment, id: string) => a.ruleset.chain.includes(id);

function where(c: Case, a: Assessment): NextStep[] {
  const resident = c.action === 'enroll_resident' || c.action === 'enroll_resident_next_year';
  const gd = c.region.startsWith('44');
  if (c.action === 'none') return [];
  if (has(a, 'jiangmen-2024')) {
    if (resident) {
      return [{
        zh: '向户籍地、居住地、学校所在地（或异地务工人员参保所在地）指定的医保经办机构办理参保登记；线上可通过“粤医保”等渠道办理。',
        en: 'Register with the medical insurance office named for your household registration, residence or school (or, for migrant workers, where you work). Online: through “粤医保” (Yue Yibao) and similar channels.',
        cite: ['jiangmen-2024/art-20', 'jiangmen-2024/art-20/1'],
      }, {
        zh: '线下办理：带上办理材料，填写《江门市城乡居民基本医疗保险参保登记表》（附表4）。大中专学生由学校统一组织参保。',
        en: 'In person: bring your papers and fill in the Jiangmen resident enrollment form (annex 4). College students are enrolled through their school.',
        cite: ['jiangmen-2024/art-20/1'],
      }];
    }
    if (c.action === 'enroll_flexible') {
      return [{ zh: '灵活就业人员按月向税务部门申报缴费。', en: 'Flexibly employed people declare and pay monthly through the tax office.', cite: ['jiangmen-2024/art-9'] }];
    }
    return [{ zh: '职工医保由用人单位向属地税务部门申请办理参保登记，个人缴费部分从工资中代扣代缴。', en: 'Your employer registers you with the local tax office; your share is deducted from your wages.', cite: ['jiangmen-2024/art-8'] }];
  }
  if (has(a, 'jilin-2022')) {
    if (resident) {
      return [{
        zh: '向户籍地或居住证（居住证明）取得地的医保经办机构申请居民参保登记；在校学生向学籍地申请；非就业的港澳台居民持《港澳台居民居住证》在居住证取得地申请。',
        en: 'Apply to the medical insurance office where your household is registered or where your residence permit (or proof of residence) was issued; students apply where they study; non-employed Hong Kong, Macao and Taiwan residents apply with their residence permit where it was issued.',
        cite: ['jilin-2022/art-35'],
      }];
    }
    if (c.action === 'enroll_flexible') {
      return [{ zh: '灵活就业人员按月申请核定次月缴费金额，通过税务部门提供的渠道缴费。', en: 'Flexibly employed people apply each month for next month’s amount and pay through the tax office’s channels.', cite: ['jilin-2022/art-15'] }];
    }
    return [{ zh: '职工医保由参保单位按月申请核定缴费金额，通过税务部门提供的渠道缴费。', en: 'Your employer applies each month for the amount due and pays through the tax office’s channels.', cite: ['jilin-2022/art-15'] }];
  }
  if (resident && has(a, 'guangdong-2025-draft')) {
    return [{
      zh: '可以前往所在统筹区的医保服务窗口、乡镇（街道）、村（社区）办理参保登记，或通过线上渠道（如“粤医保”、国家医保服务平台 App）申请。',
      en: 'Register at a medical insurance service window, your township (street) or village (community) office, or apply online (for example “粤医保” or the national medical insurance app).',
      cite: ['guangdong-2025-draft/art-9/4'],
    }];
  }
  if (resident && gd && has(a, 'guangdong-2021')) {
    return [{
      zh: '通过医保信息平台线上申请居民参保登记（如国家医保服务平台 App，广东也可用“粤医保”），或到参保地医保经办机构服务窗口办理。',
      en: 'Apply online through the medical insurance information platform (for example the national medical insurance app, or “粤医保” in Guangdong), or at a service window of the local medical insurance office.',
      cite: ['guangdong-2021/art-24/3'],
    }];
  }
  if (resident) {
    return [{
      zh: '通过医保信息平台线上申请居民参保登记（如国家医保服务平台 App），或到参保地医保经办机构服务窗口办理。',
      en: 'Apply online through the medical insurance information platform (for example the national medical insurance app), or at a service window of the local medical insurance office.',
      cite: ['national-2021/art-12/2'],
    }];
  }
  if (gd && has(a, 'guangdong-2021')) {
    return [{ zh: '职工医保由用人单位办理：税务部门办理缴费登记，医保经办机构据此办理参保登记。', en: 'Your employer registers you: the tax office records the contributions and the medical insurance office registers you from them.', cite: ['guangdong-2021/art-6'] }];
  }
  return [{ zh: '职工医保参保登记通过医保信息平台办理；如果在其他地区还有有效参保，要先中止原参保关系。', en: 'Employee enrollment goes through the medical insurance information platform; a valid enrollment elsewhere must be ended first.', cite: ['national-2021/art-7'] }];
}

function bring(c: Case, a: Assessment): NextStep[] {
  if (c.action === 'none' || a.registration.outcome === 'refused' || a.registration.outcome === 'not_applicable') return [];
  const out: NextStep[] = [];
  const groups = c.person?.groups ?? [];
  if (groups.includes('newborn') || a.waiting_period.exemption === 'newborn') {
    out.push({
      zh: '新生儿：使用本人真实姓名和有效身份证明（如户口簿或出生医学证明），原则上出生后 90 天内由监护人办理。',
      en: 'Newborns: use the child’s real name and a valid proof of identity (such as the household register or birth certificate); a guardian registers the child, in principle within 90 days of birth.',
      cite: has(a, 'guangdong-2025-draft') ? ['guangdong-2025-draft/art-9/1'] : ['national-2021/art-15/3'],
    });
  } else {
    out.push({
      zh: '带上有效身份证件：原则上以身份证号码作为参保识别码（港澳台居民和外国人按相关规定）。',
      en: 'Bring a valid identity document: the ID number is in principle the enrollment identifier (Hong Kong, Macao and Taiwan residents and foreigners follow their own rules).',
      cite: ['national-2021/art-7'],
    });
  }
  return out;
}

function refund(c: Case, a: Assessment): NextStep[] {
  const r = a.refund;
  if (r.outcome !== 'eligible' && r.outcome !== 'local_rules') return [];
  const out: NextStep[] = [];
  const death = c.event?.kind === 'death' || c.event?.kind === 'lump_sum_then_death';
  if (has(a, 'jiangmen-2024')) {
    if (death) {
      out.push({
        zh: '参保人去世：先向税务部门办理停保；家属（委托人、继承人）向医保经办机构申请注销，带有效身份证、户口簿，以及死亡证明或公安部门的户籍注销证明。',
        en: 'After a death: first stop the insurance at the tax office; then the family (agent or heir) applies to the medical insurance office to close the record, bringing ID card and household register, and the death certificate or the police record of the deregistration.',
        cite: ['jiangmen-2024/art-7'],
      });
    }
    out.push({
      zh: '向属地税务部门提出退费申请，填写退费申请表并提供资料；医保经办机构收到审核后的资料，于次月 25 日前完成退费。',
      en: 'Apply for the refund at the local tax office with the refund form and papers; the medical insurance office pays it by the 25th of the next month.',
      cite: ['jiangmen-2024/art-19'],
    });
    return out;
  }
  if (has(a, 'jilin-2022')) {
    out.push({ zh: '依个人申请向医保经办机构办理退费。', en: 'Apply to the medical insurance office for the refund.', cite: r.basis.length ? r.basis : ['jilin-2022/art-53'] });
    return out;
  }
  if (has(a, 'guangdong-2025-draft')) {
    out.push({ zh: '向经办机构申请退费，同时暂停或终止相关居民医保参保关系。', en: 'Apply to the office for the refund; the resident enrollment is suspended or ended at the same time.', cite: ['guangdong-2025-draft/art-25'] });
    return out;
  }
  if (has(a, 'guangdong-2021')) {
    out.push({ zh: '向医保经办机构申请退费，同时终止相关居民医保参保关系。', en: 'Apply to the medical insurance office for the refund; the resident enrollment ends at the same time.', cite: ['guangdong-2021/art-19'] });
    return out;
  }
  out.push({ zh: '向医保经办机构申请退费，同时终止相关居民医保参保关系。', en: 'Apply to the medical insurance office for the refund; the resident enrollment ends at the same time.', cite: ['national-2021/art-16'] });
  return out;
}

function transfer(a: Assessment): NextStep[] {
  if (!a.registration.effects_after.includes('apply_transfer')) return [];
  return [{ zh: '办好后，申请办理基本医保关系转移接续。', en: 'Afterwards, apply to transfer your insurance relationship.', cite: ['national-2021/art-10'] }];
}

export function nextSteps(c: Case, a: Assessment): NextStep[] {
  return [...where(c, a), ...bring(c, a), ...transfer(a), ...refund(c, a)];
}

/** Every article any next step can cite (checked against the bundled texts by a unit test). */
export const NEXT_STEP_CITATIONS = [
  'jiangmen-2024/art-20', 'jiangmen-2024/art-20/1', 'jiangmen-2024/art-9', 'jiangmen-2024/art-8', 'jiangmen-2024/art-7', 'jiangmen-2024/art-19',
  'jilin-2022/art-35', 'jilin-2022/art-15', 'jilin-2022/art-53', 'guangdong-2025-draft/art-9/4', 'guangdong-2025-draft/art-9/1',
  'guangdong-2025-draft/art-25', 'guangdong-2021/art-24/3', 'guangdong-2021/art-6', 'guangdong-2021/art-19',
  'national-2021/art-12/2', 'national-2021/art-7', 'national-2021/art-15/3', 'national-2021/art-16', 'national-2021/art-10',
];
