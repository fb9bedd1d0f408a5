// Every word the portal shows, in Simplified Chinese (default) and English. Codes from the
// engine (contract enums, warning codes) map to plain language here; an unknown code falls back
// to a readable form of itself, so a new engine code never breaks the page.

export type Lang = 'zh' | 'en';

const zh = {
  app_name: '参保自查',
  app_tagline: '基本医疗保险参保规则自查',
  skip_link: '跳到主要内容',
  lang_switch: 'English',
  lang_switch_label: 'Switch to English',
  display_toggle: '大字高对比',
  display_toggle_label: '大字号、高对比度显示（适老化）',
  loading_engine: '正在准备核对规则…',
  engine_failed: '核对规则无法加载。请刷新页面再试；如果仍然不行，请到医保服务窗口咨询。',
  start_title: '查一查：参保登记、等待期、补缴和退费',
  start_lead: '回答几个问题，看看按现行规定：能不能办理参保登记、待遇等待期多长、能否通过缴费修复等待期、能否退费。每个结论都会注明依据的条文。',
  start_private: '你的回答只在这台设备上计算，不会发送到任何地方；除非你选择保存，否则不会留存。',
  start_not_official: '这是自查工具，不是官方决定。办理业务请以医保经办机构的答复为准。',
  start_button: '开始自查',
  start_time: '大约需要 3 到 5 分钟。',
  saved_found: '这台设备上保存了一次自查（{date}）。',
  saved_open: '打开保存的自查',
  saved_forget: '删除保存的内容',
  forgotten: '已删除这台设备上保存的自查内容。',
  idle_cleared: '由于一段时间没有操作，上一位用户的回答已全部清除。',
  kiosk_note: '自助终端模式：{s} 秒无操作会自动清除全部内容。',
  back: '返回',
  save_continue: '保存并继续',
  change: '修改',
  yes: '是',
  no: '否',
  error_summary_title: '请检查以下问题',
  year: '年',
  month: '月',
  day: '日',
  // questions
  action_enroll_resident: '参加本年度城乡居民医保',
  action_enroll_resident_next_year: '参加下一年度城乡居民医保（集中缴费期）',
  action_enroll_employee: '通过单位参加职工医保',
  action_enroll_flexible: '以灵活就业人员身份参加职工医保',
  action_none: '不办理参保，只想查退费',
  event_death: '参保人去世',
  event_joined_employee: '已参加职工医保',
  event_joined_resident_elsewhere: '已在其他地区参加居民医保',
  event_duplicate_payment: '重复缴费',
  event_employed_after_flexible_annual: '灵活就业按年缴费后又就业（由单位参保）',
  event_lump_sum_then_death: '一次性缴费后去世',
  scheme_resident: '城乡居民医保',
  scheme_employee: '职工医保',
  status_normal: '正常参保',
  status_suspended: '暂停（中止）参保',
  status_terminated: '终止参保',
  doc_hk_macao_permit: '港澳居民来往内地通行证',
  doc_taiwan_permit: '台湾居民来往大陆通行证',
  doc_hmt_residence_permit: '港澳台居民居住证',
  doc_foreign_passport: '外国护照',
  doc_foreign_permanent_residence: '外国人永久居留身份证',
  doc_none: '没有有效证件',
  group_newborn: '新生儿',
  group_student: '在校学生',
  group_medical_assistance: '享受资助参保的医疗救助对象',
  group_veteran: '退役军人',
  group_military_spouse: '随军未就业的军人配偶',
  group_land_expropriated_farmer: '被征地农民',
  group_seasonal_or_flexible_worker: '短期季节性务工或灵活就业人员',
  group_unemployment_benefit: '领取失业保险金人员',
  group_disabled: '残疾人',
  // check answers
  not_needed: '（对你的情况没有影响，未询问）',
  // results
  result_title: '自查结果',
  result_lead: '以下是根据你的回答和所列文件得出的结论。先看结论，再看细节和依据。',
  result_not_official: '这是自查结果，不是官方决定。以医保经办机构的答复为准。',
  chain_title: '适用的文件',
  chain_why_default: '根据地区和日期自动选择：{why}',
  chain_why_explicit: '你选择按这份文件核对。',
  status_final: '正式文件',
  status_draft: '征求意见稿（未定稿）',
  draft_banner: '注意：结论依据的文件中有征求意见稿，它不是正式生效的规定，只能说明草稿怎么写。',
  effective_from_to: '施行：{from} 至 {to}',
  effective_from: '施行：{from} 起',
  effective_unknown: '施行日期：文件未写明',
  doc_number: '文号：{n}',
  // sections
  sec_registration: '1. 参保登记',
  sec_waiting_period: '2. 待遇等待期',
  sec_repair: '3. 缴费修复等待期',
  sec_refund: '4. 退费',
  other_title: '其他发现',
  other_lead: '规则引擎还就下面几项给出了结论（详见依据条文）。',
  other_outcome: '结论：{outcome}',
  sec_continuity: '参保连续性',
  sec_duplicates: '重复参保',
  sec_retirement: '退休时的缴费年限',
  sec_employee_gap: '职工医保断缴',
  sec_incentives: '连续参保和零报销激励',
  reg_allowed: '可以办理参保登记。',
  reg_allowed_after_steps: '可以办理，但要先完成下面的步骤。',
  reg_refused: '目前不能办理参保登记。',
  reg_not_applicable: '这次不涉及参保登记。',
  reg_steps_title: '办理前先要：',
  reg_effects_title: '办理后会：',
  reg_reason: '原因：{reason}',
  wait_applies: '有待遇等待期：从 {from} 起算，共 {total}，{start} 起可以享受医保待遇。',
  wait_applies_nostart: '有待遇等待期，共 {total}。',
  wait_none: '没有待遇等待期。',
  wait_none_start: '没有待遇等待期，{start} 起可以享受医保待遇。',
  wait_local_rules: '文件规定等待期由当地规定，目前没有可靠来源的具体天数，请向当地医保经办机构确认。',
  wait_not_applicable: '这次不涉及待遇等待期。',
  wait_parts: '固定等待期 {fixed} + 变动等待期 {variable}（断保 {broken}）',
  years_n: '{n} 年',
  repair_point: '{x}：少等 {n} 个月',
  wait_exemption: '免除等待期的原因：{x}',
  months_n: '{n} 个月',
  days_n: '{n} 天',
  timeline_title: '等待期时间线',
  timeline_desc: '从 {from} 缴费到账起，{parts}，{start} 起享受待遇。',
  timeline_paid: '缴费到账',
  timeline_fixed: '固定',
  timeline_variable: '变动',
  timeline_start: '享受待遇',
  repair_available: '可以通过多缴费缩短变动等待期：每多缴 1 年，少等 1 个月。',
  repair_available_days: '可以通过多缴费缩短变动等待期。',
  repair_not_needed: '没有变动等待期，不需要缴费修复。',
  repair_at_floor: '已经是修复后的最短等待期（{floor}），再缴费也不能缩短。',
  repair_not_applicable: '这次不涉及缴费修复。',
  repair_unit: '每年的费用按当年参保地个人缴费标准：{cost}。',
  repair_unit_unknown: '当地个人缴费标准未知，下面的费用无法计算；可以在“补充当地数据”中填写后重新计算。',
  repair_table_caption: '缴费修复方案',
  repair_col_years: '多缴年数',
  repair_col_wait: '等待期',
  repair_col_cost: '费用',
  repair_col_start: '享受待遇日期',
  repair_chart_title: '费用与少等的月数',
  repair_chart_desc: '图表内容与上表相同：{points}。',
  repair_chart_x: '费用（元）',
  repair_chart_x_years: '多缴年数',
  repair_chart_y: '少等月数',
  repair_floor: '修复后的最短等待期：{floor}',
  refund_eligible: '可以申请退费。',
  refund_eligible_amount: '可以申请退费，金额约 {amount}。',
  refund_not_eligible: '不能退费。',
  refund_local_rules: '是否退费按当地规定，请向当地医保经办机构确认。',
  refund_not_applicable: '这次不涉及退费。',
  refund_reason: '情况：{reason}',
  refund_record: '涉及参保记录 {n}',
  refund_months: '可退的月份：{months}',
  refund_conditions: '条件：',
  basis: '依据：',
  basis_refunds: '退费依据：',
  basis_none: '没有适用的条文。',
  details: '细节和推理过程',
  cite_open: '查看条文原文：{label}',
  article_dialog_close: '关闭',
  article_loading: '正在打开条文…',
  article_missing: '没有找到这条条文的原文。',
  article_cited_clause: '被引用的款项已标出。',
  article_draft_note: '这是征求意见稿的条文，未正式生效。',
  article_source: '来源：{source}（原文随本工具离线提供）',
  article_original: '以下为文件原文。',
  kiosk_clear: '清除并重新开始',
  // warnings and local values
  warnings_title: '需要注意',
  params_title: '补充当地数据',
  params_lead: '有些数字文件交给当地规定，本工具没有可靠来源。如果你知道（例如当地医保通知里写的），填写后重新计算。',
  param_contribution: '今年当地居民医保个人缴费标准（元/年）',
  param_period_start: '集中缴费期开始日期',
  param_period_end: '集中缴费期结束日期',
  param_day: '等待期满后哪天开始享受待遇',
  param_day_same: '期满当天（例如 3 月 15 日缴费，6 月 15 日起享受）',
  param_day_next: '期满次日（例如 3 月 15 日缴费，6 月 16 日起享受）',
  recompute: '重新计算',
  recomputed: '已按你补充的数据重新计算。',
  // next steps
  next_title: '下一步：到哪里办、带什么',
  next_lead: '以下内容来自所列文件；具体材料以当地医保经办机构的要求为准。',
  // actions
  actions_title: '保存、分享或打印',
  print: '打印或保存为 PDF',
  save: '保存在这台设备上',
  saved: '已保存在这台设备上（只在本浏览器中）。',
  forget: '删除保存的内容',
  share: '生成分享链接',
  share_note: '链接里包含你的回答。# 号后面的内容只留在浏览器里，不会发送到服务器；但任何拿到链接的人都能看到这些回答。',
  share_label: '分享链接',
  copy: '复制链接',
  copied: '已复制。',
  edit_answers: '修改回答',
  start_again: '重新开始',
  receipt_title: '参保自查回执',
  receipt_printed: '生成日期：{date}',
  receipt_engine: '规则引擎版本 {version}，规则数据 {hash}',
  receipt_citations: '引用的条文：',
  receipt_case_date: '办理日期：{date}，地区：{region}',
  // errors
  err_date: '请填写有效的日期（年、月、日）。',
  err_amount: '请填写金额（元），最多两位小数。',
  err_engine: '无法计算：{message}',
  err_fragment: '链接里的内容无法读取，请重新开始。',
  // employment and retirement, claims history (questions)
  sex_male: '男',
  sex_female: '女',
  err_percent: '请填写百分比，0 到 100，最多 4 位小数（例如 8 或 5.5）。',
  err_years_count: '请填写 0 到 60 之间的整数年数。',
  err_amount_max: '请填写不超过 1000 万元的金额（元），最多两位小数。',
  // extension sections (result)
  ext_figures: '主要数字',
  ext_warnings: '需要注意：',
  ext_not_applicable: '这次不涉及。',
  months_as_years: '{years} {months}（共 {total} 个月）',
  months_as_years_even: '{years}（{total} 个月）',
  month_run: '{from}至{to}（{n} 个月）',
  month_many: '{first}至{last}之间的 {n} 个月',
  times_n: '{n} 次',
  record_n: '参保记录 {n}',
  value_not_stated: '文件没有写明',
  value_not_given: '未提供（见“报销记录”）',
  value_unknown_supply: '未知：没有可靠来源，可以在“补充当地数据”中填写',
  value_unknown_nosource: '未知：没有可靠来源说明当地的金额',
  source_you: '（你填写的数字）',
  source_data: '（有来源的数据，见依据条文）',
  cont_lead: '连续参保 {months}，到 {last} 为止。',
  cont_lead_none: '办理日期前没有连续参保的月份。',
  cont_bridge_yes: '连续参保满 24 个月、中断不超过 3 个月：在职工医保和居民医保之间转换时，可以按规定连续衔接。',
  cont_bridge_no: '还不满足衔接条件（连续参保满 24 个月且中断不超过 3 个月）。',
  fig_cont_months: '连续参保',
  fig_cont_last: '最后一个参保月份',
  fig_cont_gap: '此后到办理当月的中断',
  fig_cont_employee: '其中职工医保',
  fig_cont_resident: '其中居民医保',
  fig_cont_scheme: '最后参加的险种',
  fig_cont_bridge: '可以连续衔接',
  gap_no_gap: '职工医保没有断缴。',
  gap_within: '职工医保断缴 {n}，在文件规定的补缴期限内。',
  gap_beyond: '职工医保断缴 {n}，超过了文件规定的期限。',
  gap_local: '断缴后能否补缴、怎样补缴按当地规定。',
  gap_cost_from_you: '补缴费用和滞纳金按你填写的缴费基数和费率计算。',
  fig_gap_months: '断缴',
  fig_gap_last_paid: '最后一个已缴月份',
  fig_gap_unpaid: '未缴的月份',
  fig_gap_back_pay_allowed: '可以补缴',
  fig_gap_restored: '补缴后断缴期间的待遇可以补上',
  fig_gap_cost: '补缴费用（个人部分）',
  fig_gap_late_fee: '滞纳金（单位部分，每天万分之五）',
  fig_gap_restart: '重新享受待遇',
  ret_meets: '退休时职工医保累计缴费 {cum}，达到要求的 {req}。',
  ret_shortfall: '退休时职工医保累计缴费 {cum}，比要求的 {req}少 {short}。',
  ret_local: '退休时要缴满多少年由当地规定，本工具没有可靠来源；你的累计缴费是 {cum}。',
  fig_ret_required: '要求的缴费年限',
  fig_ret_cumulative: '累计缴费（含视同缴费）',
  fig_ret_shortfall: '还差',
  fig_ret_one_time: '一次性补足的费用',
  fig_ret_benefits_start: '一次性补足后开始享受待遇',
  fig_ret_alternatives: '补足的办法',
  dup_found: '发现重复参保（{n} 处）。',
  dup_none: '没有发现重复参保。',
  dup_item: '{records}：{periods}',
  dup_item_keep: '——{rule}：{keep}',
  dup_keep_undecided: '文件和你的情况还不能确定，需要你选择或由经办机构确定',
  fig_dup_keep: '保留的参保关系',
  fig_dup_keep_rule: '按什么保留',
  dup_refund_follows: '另一处重复缴纳的费用可以按下面的条文申请退还。',
  inc_lead: '大病保险最高支付限额可以提高 {n} 次。',
  inc_lead_amount: '大病保险最高支付限额可以提高 {n} 次，共 {amount}。',
  inc_lead_zero: '大病保险最高支付限额暂时还不能提高。',
  fig_inc_years: '此前连续参保',
  fig_inc_zero_last: '上一年零报销',
  fig_inc_cont_steps: '因连续参保提高',
  fig_inc_zero_steps: '因零报销提高',
  fig_inc_steps: '合计提高',
  fig_inc_amount: '合计提高的金额',
  fig_inc_cap: '提高的上限',
  // employee and retirement local values
  params_employee_lead: '下面这些数字没有可靠来源时，本工具不会自己假设：请按你的工资条、单位或当地医保通知填写。',
  param_employee_base: '职工医保缴费基数（元/月）',
  param_employee_rate: '个人缴费费率（%）',
  param_employer_rate: '单位缴费费率（%）',
  param_rate_hint: '按百分比填写，例如 8 表示 8%。',
  param_required_years: '当地退休时要求的职工医保缴费年限（年）',
  param_lump_base: '一次性补缴的基数（元/月）',
  param_lump_rate: '一次性补缴的费率（%）',
  param_no_source: '没有可靠来源，需要你填写',
  param_has_value: '已填写',
  // misc
  footer_privacy: '隐私：所有计算都在你的设备上完成，不发送任何数据。',
  footer_offline: '首次打开后可离线使用。',
  region_unknown: '地区 {code}',
  yuan: '{n} 元',
  none: '无',
  and: '、',
};

/** Every word's key: the answer's and start page's (above) and the questions' (i18n-forms.ts). */
export type Key = keyof typeof zh | keyof typeof import('./i18n-forms').zhForms;

/** Plain-language names for engine codes (steps, effects, reasons, exemptions, conditions, warnings). */
const codesZh: Record<string, string> = {
  // steps before registering
  suspend_employee_elsewhere: '先暂停（中止）在其他地区的职工医保参保关系',
  refund_employee_month_first: '先办理当月职工医保费的退费',
  cancel_next_year_elsewhere: '先取消在其他地区的下一年度参保登记（或申请退费）',
  suspend_resident_elsewhere_or_consent: '先申请暂停原居民医保参保关系，或签订知情同意书授权办理后直接暂停',
  suspend_resident_elsewhere: '先暂停在其他地区的居民医保参保关系',
  request_previous_resident_suspended_dec31: '申请把原参保地当年 12 月 31 日的参保状态改为“暂停参保”',
  // effects after registering
  previous_resident_suspended: '原居民医保参保关系会被暂停',
  previous_resident_suspended_after_year_end: '原居民医保参保关系在当年待遇期结束后暂停',
  previous_resident_terminated: '原居民医保参保关系自动终止',
  previous_next_year_due_written_off: '原参保地下一年度的应缴记录会被注销',
  apply_transfer: '记得申请办理医保关系转移接续',
  no_double_charge_next_year: '下一年度不会重复收费',
  no_double_charge_this_month: '当月不会重复收费',
  // refusal reasons
  resident_valid_elsewhere_this_year: '今年已经在其他地区参加居民医保并已缴费',
  already_enrolled_this_year: '今年已经在本地区参加居民医保',
  already_enrolled_next_year: '下一年度已经在本地区参保',
  outside_centralized_period: '不在集中缴费期内',
  document_not_accepted: '这种证件在当地不能办理居民医保参保登记',
  // exemptions
  newborn: '新生儿在规定时间内参保',
  medical_assistance: '享受资助参保的医疗救助对象',
  veteran: '退役军人等',
  military_spouse: '随军未就业的军人配偶',
  centralized_and_continuous: '在集中缴费期参保且连续参保',
  centralized_prepaid: '在集中预缴期缴费',
  cross_system_bridge: '职工医保与居民医保之间连续衔接',
  // refund reasons and conditions
  death: '参保人去世',
  joined_employee: '参加了职工医保',
  joined_resident_elsewhere: '在其他地区参加了居民医保',
  duplicate_payment: '重复缴费',
  employed_after_flexible_annual: '灵活就业按年缴费后就业',
  lump_sum_then_death: '一次性缴费后去世',
  before_benefit_start: '在待遇享受期开始之前申请',
  on_application: '需要本人（或家属）提出申请',
  return_assistance_subsidy: '要退回已享受的医疗救助参保补贴',
  terminate_resident_relationship: '同时终止该居民医保参保关系',
  return_excess_personal_account: '要退回多划入个人账户的资金',
  return_excess_benefits: '要退回多享受的医保待遇',
  keep_other_region_chosen: '保留另一地区的参保关系',
  // outcomes of the other findings
  found: '发现重复参保',
  none_found: '没有发现',
  computed: '已计算',
  applies: '适用',
  eligible: '符合条件',
  not_eligible: '不符合条件',
  local_rules: '按当地规定',
  allowed: '允许',
  shortfall: '缴费年限不足',
  met: '已满足',
  meets: '已满足',
  none: '没有',
  no_gap: '没有断缴',
  within_limit: '断缴在可以补缴的期限内',
  beyond_limit: '断缴超过了可以补缴的期限',
  continuous: '连续参保',
  back_pay_within_3_months: '中断后 3 个月内补缴',
  // warnings
  draft_text: '所用文件是征求意见稿，不是正式生效的规定：结论只说明草稿怎么写。',
  unit_cost_unknown: '不知道当地今年的居民医保个人缴费标准，修复费用无法计算。',
  centralized_period_unknown: '不知道当地今年的集中缴费期，暂按“不在集中缴费期内”计算。',
  centralized_period_unchecked: '文件没有写明集中缴费期，无法核对日期是否在期内（其他冲突检查照常进行）。',
  centralized_period_assumed: '集中缴费期采用了文件或来源中的默认日期。',
  day_convention_assumed: '当地没有可靠来源说明等待期满后是当天还是次日开始享受待遇，暂按当天计算。',
  benefit_start_local: '开始享受待遇的日期由当地规定。',
  benefit_start_unknown: '无法算出开始享受待遇的日期。',
  amount_unknown: '可退金额未知（请填写实际缴纳金额）。',
  floor_converted: '最短等待期已按天数换算。',
  no_rule: '所用文件对这种情况没有规定。',
  not_in_force_on_date: '所选文件在办理日期不在施行期内。',
  param_missing: '缺少一项当地参数。',
  subsidy_rule_not_stated: '文件没有写明资助补贴如何处理。',
  waiting_days_unknown: '等待期天数没有可靠来源。',
  claims_unknown: '没有提供上一年度是否零报销，零报销激励未计入。',
  employee_cost_unknown: '不知道职工医保缴费基数和费率，补缴费用无法计算。',
  incentive_amount_unknown: '没有可靠来源说明当地每次提高大病保险限额的金额（全国规定每次不低于 1000 元、累计不超过原封顶线的 20%）。',
  late_fee_unknown: '不知道缴费基数和单位费率，滞纳金无法计算。',
  lump_sum_base_unknown: '一次性缴费的基数和费率没有可靠来源，费用无法计算。',
  required_years_unknown: '当地退休时要求的缴费年限没有可靠来源。',
  unknown_key: '链接里有本工具不认识的内容，已忽略。',
  ignored_field: '有一项与险种不符的内容，已忽略。',
  // extension sections: kinds, keep rules, alternatives, refund limits
  employee_same_month: '同一个月份重复缴纳职工医保',
  resident_same_year: '同一年度重复参加居民医保',
  cross_system: '同时参加职工医保和居民医保',
  employment_place: '按就业地保留',
  residence: '按居住地（户籍地或居住证所在地）保留',
  school: '按就读学校所在地保留',
  employee_scheme: '保留职工医保',
  one_with_benefits: '保留已经享受过待遇的那一处',
  person_chooses: '由本人选择保留哪一处',
  not_stated: '文件没有写明保留哪一处',
  one_time_payment: '一次性补足差额',
  monthly_payment_retiree_standard: '按月缴费到补足为止（按退休人员标准）',
  flexible_worker_enrollment: '以灵活就业人员身份继续缴费',
  resident_enrollment: '改为参加城乡居民医保',
  no_refund_after_benefits_start: '开始享受退休待遇后，一次性补缴的费用不予退还',
  refund_on_death_before_benefits: '在开始享受待遇前去世的，补缴的费用可以退还',
  no_gap_found: '没有断缴',
};

// Chinese is built in; English is a chunk of its own (i18n-en.ts), loaded by loadLang('en')
// before anything is shown in English. Until then an English look-up falls back to Chinese.
// The questions' Chinese words join `zh` when the forms chunk loads (addFormsWords).
const DICTS: { zh: Partial<Record<Key, string>>; en?: Record<Key, string> } = { zh: { ...zh } };
const CODES: { zh: Record<string, string>; en?: Record<string, string> } = { zh: codesZh };

let current: Lang = 'zh';
export function setLang(l: Lang): void { current = l; }
export function lang(): Lang { return current; }

/** Loads a language's words (once); resolves when t() and code() can use them. */
export async function loadLang(l: Lang): Promise<void> {
  if (l === 'en' && !DICTS.en) {
    const m = await import('./i18n-en');
    DICTS.en = m.en;
    CODES.en = m.codesEn;
  }
}

/** Whether loadLang(l) has finished. */
export function langLoaded(l: Lang): boolean { return l === 'zh' || DICTS.en !== undefined; }

export function fill(s: string, vars?: Record<string, string | number>): string {
  if (!vars) return s;
  // {s}: the English plural ending for {n}
  const all: Record<string, string | number> = { s: Number(vars.n) === 1 ? '' : 's', ...vars };
  return s.replace(/\{(\w+)\}/g, (m, k) => (k in all ? String(all[k]) : m));
}

export function t(key: Key, vars?: Record<string, string | number>, l: Lang = current): string {
  return fill(DICTS[l]?.[key] ?? DICTS.zh[key] ?? String(key), vars);
}

/** A readable form of an engine code; unknown codes become "code words". */
export function code(c: string | null | undefined, l: Lang = current): string {
  if (!c) return '';
  return (CODES[l] ?? CODES.zh)[c] ?? c.replace(/_/g, ' ');
}

export function hasCode(c: string, l: Lang = current): boolean {
  return c in (CODES[l] ?? {});
}

/** Both languages' words (for tests): call loadLang('en') first. */
/** Adds the questions' Chinese words (ui/forms.ts calls it as its chunk loads). */
export function addFormsWords(words: Record<Exclude<Key, keyof typeof zh>, string>): void {
  Object.assign(DICTS.zh, words);
}

/** Both languages' words (for tests): call loadLang('en') first, and load ui/forms for the questions' words. */
export function dictionaries() {
  return { zh: DICTS.zh, en: DICTS.en ?? ({} as Record<Key, string>), codesZh, codesEn: CODES.en ?? ({} as Record<string, string>) };
}

/** The keys whose Chinese words the index script carries (for tests). */
export function indexKeys(): string[] {
  return Object.keys(zh);
}

/** 2026-06-15 -> 2026年6月15日 / 15 June 2026 */
export function formatDate(iso: string | null | undefined, l: Lang = current): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (l === 'zh') return `${y}年${mo}月${d}日`;
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return `${d} ${months[mo - 1]} ${y}`;
}

/** 2026-03 -> 2026年3月 / March 2026 */
export function formatMonth(ym: string, l: Lang = current): string {
  const m = /^(\d{4})-(\d{2})$/.exec(ym);
  if (!m) return ym;
  if (l === 'zh') return `${Number(m[1])}年${Number(m[2])}月`;
  return formatDate(`${ym}-01`, 'en').replace(/^1 /, '');
}

export function formatMoney(n: number | null | undefined, l: Lang = current): string {
  if (n === null || n === undefined) return '';
  const s = Number.isInteger(n) ? String(n) : n.toFixed(2);
  return t('yuan', { n: s }, l);
}

export function list(items: string[], l: Lang = current): string {
  return items.join(t('and', undefined, l));
}
