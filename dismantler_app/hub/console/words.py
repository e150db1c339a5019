"""The console's words in English and Chinese. The pages ask for keys; an unknown key falls back to ``default`` (or
the key itself), so a new event type or rejection code still shows, untranslated, instead of failing the page."""

from __future__ import annotations

from typing import Any

LANGUAGES = ("zh_CN", "en")
LANG_COOKIE = "hub_lang"

_WORDS: dict[str, tuple[str, str]] = {
    # frame
    "app.title": ("Head office", "总部"),
    "nav.search": ("Search", "查询"),
    "nav.share": ("White-list share", "白名单占比"),
    "nav.deadlines": ("Deadlines", "上报期限"),
    "nav.conflicts": ("Conflicts", "冲突"),
    "nav.yards": ("Yards", "回收网点"),
    "nav.activity": ("Activity", "业务量"),
    "signed_in_as": ("Signed in as {user} ({role})", "当前用户 {user}（{role}）"),
    "sign_out": ("Sign out", "退出"),
    "role.viewer": ("viewer", "查看"),
    "role.admin": ("admin", "管理员"),
    "csv": ("CSV", "导出 CSV"),
    "rows.more": (
        "The first {shown} of {total} rows; the CSV has them all.",
        "显示前 {shown} 行，共 {total} 行；CSV 含全部。",
    ),
    "yes": ("yes", "是"),
    "no": ("no", "否"),
    # search
    "search.title": ("Search", "查询"),
    "search.label": ("VIN, pack code, passport id or certificate number", "车架号、电池包编码、电池护照编号或证明编号"),
    "search.button": ("Search", "查询"),
    "search.none": ("Nothing at head office matches “{q}”.", "总部没有与“{q}”相符的记录。"),
    "search.hint": (
        "Type a code and press Search: every yard is searched.",
        "输入编码后点击查询：所有网点都会被查询。",
    ),
    "search.journey": ("Journey of intake {intake} at {yard}", "{yard} 的收车记录 {intake} 的全程"),
    "search.vehicle": ("Vehicle {vin} · status {status}", "车辆 {vin} · 状态 {status}"),
    "search.owner": ("Owner (personal data; this lookup is recorded)", "车主（个人信息；本次查询已记录）"),
    "search.photos": ("Photos", "照片"),
    "search.audited": ("Lookups are recorded with your name.", "每次查询都以您的名义记录。"),
    "kind.intake": ("Intake", "收车"),
    "kind.pairing": ("Pairing", "电池配对"),
    "kind.triage": ("Triage", "分拣"),
    "kind.certificate": ("Certificate", "证明"),
    "kind.handover": ("Handover", "移交"),
    "kind.report": ("Upload", "上报"),
    "kind.photo": ("Photo", "照片"),
    "kind.refusal": ("Refused", "被拒绝"),
    "kind.other": ("Other", "其他"),
    "event.intake.created": ("Vehicle taken in", "车辆入场"),
    "event.intake.vehicle_updated": ("Vehicle details corrected", "车辆信息更正"),
    "event.intake.documents_recorded": ("Documents recorded", "证件已登记"),
    "event.intake.submitted": ("Submitted for review", "提交审核"),
    "event.intake.approved": ("Approved", "审核通过"),
    "event.intake.certified": ("Certified", "已出具证明"),
    "event.intake.cancelled": ("Cancelled", "已取消"),
    "event.intake.expected_packs_confirmed": ("Expected packs confirmed", "应有电池包已确认"),
    "event.pack.scanned": ("Pack scanned", "扫描电池包"),
    "event.pack.unlinked": ("Pack released from the vehicle", "电池包与车辆解除关联"),
    "event.pack.triaged": ("Pack triaged", "电池包分拣"),
    "event.pack.passport_recorded": ("Battery passport recorded", "电池护照已登记"),
    "event.pack.handed_over": ("Pack handed over", "电池包移交"),
    "event.pack.handover_completed": ("Handover details completed", "移交信息已补全"),
    "event.pack.replacement_resolved": ("Replaced pack resolved", "更换电池包已处理"),
    "event.certificate.issued": ("Certificate issued", "出具报废证明"),
    "event.certificate.voided": ("Certificate voided", "证明作废"),
    "event.certificate.official_number_set": ("Official certificate number set", "官方证明编号已登记"),
    "event.report.recorded": ("Traceability upload recorded", "溯源上报已登记"),
    "event.photo.added": ("Photo taken", "拍照"),
    "event.vehicle.disposition_recorded": ("Disposition recorded", "处置已登记"),
    "result.pack_recorded": ("linked to this vehicle", "已关联到本车"),
    "result.": ("", ""),
    # share
    "share.title": ("White-list share", "白名单企业占比"),
    "share.plot": (
        "Share of packs handed over to white-listed receivers, per month",
        "每月移交给白名单企业的电池包占比",
    ),
    "share.series": ("to white-listed receivers", "移交给白名单企业"),
    "share.by_month": ("Per month", "按月"),
    "share.by_receiver": ("Per receiver", "按接收企业"),
    "share.by_yard": ("Per yard (lowest share first)", "按网点（占比由低到高）"),
    "share.off_list": ("Receivers not on the white list", "不在白名单上的接收企业"),
    "share.note": (
        "Handovers since {since}; a receiver counts as white-listed if it was on head office's list when head office "
        "received the handover.",
        "统计 {since} 以来的移交；以总部收到移交记录时的白名单为准。",
    ),
    # deadlines
    "deadlines.title": ("Traceability upload deadlines", "溯源上报期限"),
    "deadlines.per_yard": ("Per yard", "按网点"),
    "deadlines.items": ("Uploads not yet recorded (overdue first)", "尚未登记的上报（逾期在前）"),
    "deadlines.note": (
        "Due 15 working days after the certificate or the pack's departure (2018 traceability rules, Art. 13), counted "
        "in the official calendar; * marks a date estimated for a year whose holidays are not published yet.",
        "自出具证明或电池包出库起 15 个工作日内上报（2018 年溯源管理暂行规定第十三条），按国务院公布的节假日安排计算；"
        "* 表示该年度节假日尚未公布，日期为估算。",
    ),
    "upload.certificate": ("Vehicle scrapped", "报废车辆信息"),
    "upload.pack_outbound": ("Pack outbound", "电池包出库信息"),
    "state.due": ("due", "待上报"),
    "state.overdue": ("overdue", "已逾期"),
    # conflicts
    "conflicts.title": ("Conflicts and refusals", "冲突与拒收"),
    "conflicts.packs": ("One pack on two vehicles", "一个电池包关联两辆车"),
    "conflicts.certificates": ("Certificate-number conflicts", "证明编号冲突"),
    "conflicts.refused": ("Refused events", "被拒收的记录"),
    "code.pack_linked_elsewhere": ("pack already on another vehicle", "电池包已关联其他车辆"),
    "code.tampered": ("event altered after it was sent", "记录发送后被改动"),
    "code.malformed_payload": ("event incomplete", "记录不完整"),
    "code.receiver_not_white_listed": ("receiver not on the white list", "接收企业不在白名单上"),
    "code.audit_rewound": ("audit trail went back", "审计链回退"),
    "code.audit_rewritten": ("audit trail rewritten", "审计链被改写"),
    "todo.pack_linked_elsewhere": (
        "Ask both yards to read the pack's label again; the yard whose vehicle did not carry it cancels its pairing.",
        "请两个网点重新读取电池包标签；车辆上并无此电池包的网点撤销配对。",
    ),
    "todo.tampered": (
        "Ask the yard why its record changed after sending; keep the first version as evidence.",
        "询问网点记录发送后为何被改动；以首次收到的版本为证据。",
    ),
    "todo.malformed_payload": (
        "Ask the yard to update the app and send again; the detail names the missing field.",
        "请网点升级软件后重新发送；详情中写明了缺少的字段。",
    ),
    "todo.receiver_not_white_listed": (
        "Check the receiver; if it should be listed, add it to the white list; otherwise ask the yard to get the pack "
        "back or report the handover.",
        "核实接收企业：如应在白名单上，请加入白名单；否则请网点追回电池包或按规定报告该移交。",
    ),
    "todo.audit_rewound": (
        "Call the yard: its database was restored or altered; compare its backup with what head office holds.",
        "联系网点：其数据库被恢复或改动；请将其备份与总部数据核对。",
    ),
    "todo.audit_rewritten": (
        "Call the yard: audit rows were changed outside the app; keep head office's copy as evidence.",
        "联系网点：审计记录在软件之外被修改；以总部保存的版本为证据。",
    ),
    "todo.other": ("Check the detail with the yard.", "请与网点核对详情。"),
    # yards
    "yards.title": ("Yards", "回收网点"),
    "yards.audit": ("Console audit: who looked up or changed what", "控制台审计：谁查询或修改了什么"),
    "yards.enrol": ("Enrol a yard", "登记新网点"),
    "yards.enrol_name": ("Yard name", "网点名称"),
    "yards.enrol_button": ("Make an enrolment token", "生成登记令牌"),
    "yards.token": (
        "Enrolment token for {name} (shown once, valid for a limited time): {token}",
        "{name} 的登记令牌（仅显示一次，限时有效）：{token}",
    ),
    "yards.revoke": ("Revoke key", "吊销密钥"),
    "yards.revoked": ("The key of {name} is revoked.", "{name} 的密钥已吊销。"),
    "yards.refused": ("Refused: {reason}", "未执行：{reason}"),
    "key.active": ("in use since {at}", "使用中（自 {at}）"),
    "key.revoked": ("revoked {at}", "已吊销（{at}）"),
    "action.lookup": ("lookup", "查询"),
    "action.enrol": ("enrol", "登记"),
    "action.revoke": ("revoke", "吊销"),
    # activity
    "activity.title": ("Activity", "业务量"),
    "activity.plot_intakes": ("Intakes and packs linked per day, all yards", "每日收车与电池配对（全部网点）"),
    "activity.plot_handovers": ("Packs handed over per day, all yards", "每日电池包移交（全部网点）"),
    "activity.per_day": ("Per day, all yards", "按日（全部网点）"),
    "activity.per_yard": ("Per yard, last {days} days; packs in stock now", "按网点（近 {days} 天）；当前库存电池包"),
    # columns
    "col.yard": ("Yard", "网点"),
    "col.site": ("Site id", "站点编号"),
    "col.intake": ("Intake", "收车编号"),
    "col.vin": ("VIN", "车架号"),
    "col.when": ("When", "时间"),
    "col.step": ("Step", "环节"),
    "col.detail": ("Detail", "详情"),
    "col.month": ("Month", "月份"),
    "col.day": ("Day", "日期"),
    "col.handovers": ("Handovers", "移交数"),
    "col.listed": ("To white-listed", "移交白名单企业"),
    "col.share": ("Share", "占比"),
    "col.no_list_then": ("No list yet then", "当时尚无白名单"),
    "col.receiver": ("Receiver", "接收企业"),
    "col.receiver_id": ("USCC / D-U-N-S", "统一社会信用代码 / 邓白氏编码"),
    "col.overdue": ("Overdue", "已逾期"),
    "col.due": ("Due", "待上报"),
    "col.next_due": ("Next due", "最近期限"),
    "col.upload": ("Upload", "上报类型"),
    "col.subject": ("Certificate / handover", "证明 / 移交"),
    "col.started": ("From", "起算日"),
    "col.due_on": ("Due on", "截止日"),
    "col.state": ("State", "状态"),
    "col.pack": ("Pack", "电池包"),
    "col.other_yard": ("Other yard", "另一网点"),
    "col.other_vin": ("Other vehicle", "另一车辆"),
    "col.todo": ("What to do", "处理办法"),
    "col.code": ("Reason", "原因"),
    "col.sequence": ("Sequence", "序号"),
    "col.last_contact": ("Last contact", "最近联系"),
    "col.backlog": ("Backlog", "积压"),
    "col.events": ("Events held", "已收记录"),
    "col.key": ("Key", "密钥"),
    "col.user": ("User", "用户"),
    "col.action": ("Action", "操作"),
    "col.query": ("Query", "查询内容"),
    "col.personal": ("Personal data shown", "显示个人信息"),
    "col.intakes": ("Intakes", "收车数"),
    "col.packs_linked": ("Packs linked", "配对电池包"),
    "col.stock": ("Packs in stock", "库存电池包"),
    # empty tables
    "empty.handovers": ("No handovers yet.", "暂无移交记录。"),
    "empty.off_list": ("Every receiver was on the white list.", "所有接收企业均在白名单上。"),
    "empty.deadlines": ("Nothing waiting to be uploaded.", "没有待上报的记录。"),
    "empty.conflicts": ("No conflicts.", "没有冲突。"),
    "empty.refused": ("No refused events.", "没有被拒收的记录。"),
    "empty.yards": ("No yard is enrolled yet.", "尚无登记的网点。"),
    "empty.audit": ("Nothing recorded yet.", "暂无记录。"),
    "empty.activity": ("No activity in this period.", "此期间没有业务。"),
}


class Words:
    """``t(key, **values)`` in one language."""

    def __init__(self, language: str) -> None:
        self.language = language if language in LANGUAGES else "en"
        self._index = 1 if self.language == "zh_CN" else 0

    def __call__(self, key: str, default: str | None = None, **values: Any) -> str:
        pair = _WORDS.get(key)
        text = pair[self._index] if pair else (default if default is not None else key)
        return text.format(**values) if values else text


def choose_language(query: str | None, cookie: str | None, accept: str) -> str:
    """The ``lang`` the link asked for, else the one remembered in the cookie, else the browser's preference."""
    for wanted in (query, cookie):
        if wanted in LANGUAGES:
            return wanted
    return "zh_CN" if accept.lower().lstrip().startswith("zh") else "en"


def all_keys() -> frozenset[str]:
    return frozenset(_WORDS)
