extension BuiltInTranslations {
    /// The built-in client text in Simplified Chinese, keyed by the English. Clients are
    /// "服务对象", as social services in Chinese call them; readers are addressed as "您".
    static let simplifiedChinese: [String: String] = [
        // What we ask of clients.
        "Treat staff, volunteers and other clients with respect.": "尊重工作人员、志愿者和其他服务对象。",
        "Speak calmly, even when you are upset or disagree with us.": "说话保持冷静，即使您不高兴或不同意我们。",
        "Tell us when you are unhappy, so we can try to put it right.": "有不满意的地方请告诉我们，我们会尽力解决。",
        "Come on time, or tell us if you cannot make it.": "请准时到达；如果不能来，请告诉我们。",
        "Respect the privacy of other people here.": "尊重这里其他人的隐私。",
        "Follow staff directions in an emergency.": "紧急情况下，请听从工作人员的指示。",

        // What is not accepted, with examples.
        "Shouting and swearing at people": "对人喊叫和骂人",
        "raising your voice to frighten or pressure someone": "提高声音来吓唬人或给人压力",
        "swearing at, insulting or name-calling staff or other clients": "辱骂、侮辱工作人员或其他服务对象，或给他们起难听的外号",
        "racist, sexist, homophobic or other hateful remarks": "种族歧视、性别歧视、歧视同性恋或其他仇恨言论",
        "Threats": "威胁",
        "saying you will hurt someone or their family": "说要伤害某人或其家人",
        "threatening to damage property or to \"get\" a worker": "威胁要破坏财物或“报复”工作人员",
        "threats made in letters, texts, emails or voicemail": "通过信件、短信、电子邮件或语音留言进行威胁",
        "Intimidation": "恐吓",
        "standing over someone or blocking a doorway": "站得太近让人害怕，或挡住门口",
        "following a worker, or waiting for them outside the building": "跟踪工作人员，或在楼外等候他们",
        "finding out where a worker lives or turning up near their home": "打听工作人员的住址，或在其住处附近出现",
        "Physical contact or violence": "身体接触或暴力",
        "pushing, grabbing, hitting, kicking or spitting": "推、抓、打、踢或吐口水",
        "throwing things at or near someone": "向人或在人附近扔东西",
        "touching anyone who has not agreed to it": "未经同意触碰任何人",
        "Damage to property": "破坏财物",
        "breaking furniture, windows, phones or computers": "砸坏家具、窗户、电话或电脑",
        "damaging a worker's car or belongings": "损坏工作人员的汽车或个人物品",
        "Weapons": "武器",
        "bringing a weapon, or anything used as one, into our building or to a visit": "把武器或可当作武器的物品带进我们的大楼或带到家访中",
        "Harassment in person, by phone or online": "当面、电话或网上骚扰",
        "calling or messaging again and again after being asked to stop": "被要求停止后仍反复打电话或发信息",
        "posting about a worker on social media": "在社交媒体上发布有关工作人员的内容",
        "contacting a worker on their personal phone or accounts": "通过工作人员的私人电话或账号联系他们",
        "Comments meant to isolate a worker": "孤立工作人员的言论",
        "spreading negative remarks about a worker": "散布关于工作人员的负面言论",
        "urging other people to ignore, avoid or turn against a worker": "鼓动别人不理、回避或敌视工作人员",
        "Recording staff without consent": "未经同意录音录像",
        "filming or photographing staff without asking them first": "没有先征得同意就拍摄工作人员的视频或照片",
        "recording a conversation without telling the worker": "没有告诉工作人员就录下谈话",
        "sharing recordings or photos of staff online": "在网上分享工作人员的录音、录像或照片",

        // Clients' rights.
        "To be treated with respect, whoever you are.": "无论您是谁，都受到尊重。",
        "To privacy: what you tell us stays private, unless the law says we must share it or someone is in danger.": "隐私：您告诉我们的事会保密，除非法律要求我们告知他人，或有人面临危险。",
        "To be listened to and taken seriously.": "您的意见会被倾听和认真对待。",
        "To clear information about our services and our decisions.": "获得关于我们服务和决定的清楚信息。",
        "To bring a support person to your appointments.": "可以带一位支持您的人来参加预约。",
        "To complain, or ask for a review of a decision, without losing our service.": "可以投诉或要求复查决定，不会因此失去我们的服务。",

        // Complaints.
        "Service Manager": "服务经理",
        "Tell any staff member, write to us, or ask to speak with a manager. We will write down your complaint and tell you what happens next.": "您可以告诉任何一位工作人员、给我们写信，或要求与经理谈话。我们会记录您的投诉，并告诉您接下来会怎样处理。",
        "within 10 working days": "在10个工作日内",

        // The consequence ladder.
        "The director": "主任",
        "A first incident such as shouting, swearing or rude remarks": "第一次出现喊叫、骂人或粗鲁言语等情况",
        "A verbal reminder of this code and what needs to change": "口头提醒本守则以及需要改正的地方",
        "The worker involved or the manager on duty": "当事工作人员或值班经理",
        "It happens again after a reminder": "提醒后再次出现该行为",
        "A written warning that says what happened and what will happen next time": "书面警告，说明发生了什么，以及下次会怎样处理",
        "A manager": "一位经理",
        "Kept on file for 6 months": "在档案中保留6个月",
        "Further incidents after a written warning, or any threat": "书面警告后再次发生事件，或出现任何威胁",
        "Conditions on service, such as appointments by phone only, at set times, or with two staff present": "对服务设定条件，例如只通过电话预约、在指定时间，或有两名工作人员在场",
        "The service manager": "服务经理",
        "Up to 3 months": "最长3个月",
        "Reviewed with the client before the period ends": "在期限结束前与服务对象一起复查",
        "Violence, a weapon, a serious threat, or conditions not kept": "暴力、携带武器、严重威胁，或不遵守条件",
        "Temporary suspension of in-person service; we keep helping by phone, by mail or through a partner agency where we can": "暂停面对面服务；在可能的情况下，我们继续通过电话、邮件或合作机构提供帮助",
        "Up to 6 months": "最长6个月",
        "Reviewed before the suspension ends; the client is told in writing how to ask for a review": "在暂停结束前复查；我们会书面告知服务对象如何申请复查",
        "You can ask for a review of any decision made under this code. Tell any staff member or contact the person named for complaints within 30 days. Someone who was not involved in the decision will look at it again and reply in writing.": "您可以要求复查根据本守则作出的任何决定。请在30天内告诉任何一位工作人员，或联系负责投诉的人。没有参与该决定的人会重新审查，并书面答复您。",

        // Crisis lines: the number itself is printed beside the name.
        "9-8-8 Suicide Crisis Helpline": "自杀危机求助热线",
        "988 Suicide & Crisis Lifeline": "自杀与心理危机求助热线",
        "Lifeline": "生命热线危机支持",
        "NHS 111": "NHS 111紧急医疗咨询",
    ]
}
