#!/usr/bin/env python3
"""Build heldout12: a blind held-out set of synthetic bank calls (English and Vietnamese).

Written from the task brief alone. Standard library only, deterministic.
Usage: python3 build_heldout12.py [--check]
"""

import collections
import json
import random
import sys
import unicodedata
from pathlib import Path

SEED = 20261212
OUT = Path(__file__).with_name("heldout12.jsonl")
SPLIT = "heldout12"
WHY = collections.Counter()
NOISE = [0, 0]

KEYS = [
    "inbound/greeting", "inbound/company_name", "inbound/self_intro", "inbound/offer_help",
    "inbound/confirm_problem", "inbound/resolution", "inbound/anything_else", "inbound/thanks",
    "inbound/goodbye", "inbound/greeting_before_resolution", "inbound/thanks_before_goodbye",
    "outbound/identify_self", "outbound/identify_company", "outbound/purpose",
    "outbound/recording_disclosure", "outbound/consent", "angry_caller/empathy",
    "angry_caller/no_blame", "angry_caller/no_interrupting_angry_customer",
    "forbidden/profanity", "forbidden/profanity_vi_strict", "forbidden/rude",
    "forbidden/no_card_readback",
]
INB = KEYS[:11]
OUTB = KEYS[11:16]
GEN = ["angry_caller/empathy", "angry_caller/no_blame",
       "angry_caller/no_interrupting_angry_customer", "forbidden/profanity", "forbidden/rude",
       "forbidden/no_card_readback"]
CATS = ["billing", "outage", "refund", "cancellation", "complaint", "card_lost",
        "address_change", "payment", "fraud"]
STRICT = "forbidden/profanity_vi_strict"
BAD_PAIRS = [
    {"inbound/greeting", "inbound/greeting_before_resolution"},
    {"inbound/resolution", "inbound/greeting_before_resolution"},
    {"inbound/thanks", "inbound/thanks_before_goodbye"},
    {"inbound/goodbye", "inbound/thanks_before_goodbye"},
    {"outbound/recording_disclosure", "outbound/consent"},
    {STRICT, "forbidden/profanity"},
]

# ---------------------------------------------------------------- English content
EN = {
    "company": "Acme Bank",
    "agents": [
        ("Bethan Lloyd", "plain"), ("Callum Reeve", "plain"),
        ("Tamsin Hale", "formal"), ("Desmond Okafor", "formal"),
        ("Imogen Shaw", "trainee"), ("Fergus Baird", "trainee"),
        ("Keziah Morgan", "summariser"), ("Marnie Fox", "summariser"),
        ("Ewan Pryce", "fast"), ("Saoirse Lynch", "fast"),
        ("Barnaby Cole", "late_starter"), ("Yasmin Qureshi", "late_starter"),
        ("Teodor Novak", "supervisor_barge"), ("Priyanka Desai", "supervisor_barge"),
        ("Oluwaseun Adeyemi", "plain"), ("Rhodri Vaughan", "formal"),
    ],
    "speakers": ["welsh", "nigerian", "irish", "canadian", "stammering", "car_speakerphone",
                 "shop_owner", "plain"],
    "greet": ["Good morning,", "Good afternoon,", "Hiya,", "Hello there,", "Morning,"],
    "greet_formal": ["Good morning and welcome,", "Good afternoon and welcome,"],
    "comp": ["you've reached Acme Bank,", "this is Acme Bank,", "Acme Bank card services,",
             "you're through to Acme Bank,"],
    "comp_formal": ["thank you for calling Acme Bank.", "you are through to Acme Bank."],
    "comp_odd": ["the Acme Bank phone line is open for you,",
                 "you've landed on Acme Bank's cards desk,"],
    "nocomp": ["cards team here,", "customer line,", "you're through to accounts,"],
    "name": ["my name's {name},", "I'm {name},", "{name} speaking,",
             "you're speaking with {name},"],
    "name_formal": ["my name is {name}."],
    "name_trainee": ["I'm, I'm {name}, sorry,", "this is {name}, um,"],
    "offer": ["how can I help today?", "what can I do for you?", "how may I assist you?",
              "what can I sort out for you today?"],
    "offer_formal": ["How may I be of assistance today?"],
    "offer_trainee": ["how can I, how can I help?"],
    "offer_near": [("Can I start with your full name please?", "Sure, but let me explain first."),
                   ("What's the account number?", "I don't have it on me, sorry.")],
    "cust_first": [("Hello? Hello, is that the bank?", "Yes, you've got us."),
                   ("Hi, am I through to the right place for cards?", "You are, yes.")],
    "quick": [
        ("Hi, quick one, what's the daily cash limit at the machine?",
         "It's five hundred pounds a day."),
        ("Hello, can I pay coins in at the post office?",
         "Yes, up to two hundred pounds a visit there."),
        ("Hiya, how long does a new PIN take by post?", "Three to five working days."),
        ("Hello, is the Kingsway branch open on a Saturday?",
         "Yes, nine till one on Saturdays."),
    ],
    "cust_hi": ["Oh hi.", "Hiya.", "Hello, yes."],
    "confirm_near": ["Right, okay.", "Okay, and what's the sort code?", "Mm-hm, go on.",
                     "I see. What's your date of birth?"],
    "vague": ["I'll pass this on to the relevant team.", "Someone should look into it at some "
    "point.",
              "That's really one for another department.", "Leave it with us."],
    "cust_vague": ["So I just wait to hear, then.", "Right, so I ring back next week I suppose."],
    "ack": ["Okay, that's great.", "Brilliant, thanks.", "Lovely, that's a relief.",
            "Right, good."],
    "anyelse": ["Is there anything else I can help with?", "Anything else I can do for you today?",
                "Was there anything else at all?"],
    "cust_no": ["No, that's everything.", "Nope, that's it.", "No, you've been great."],
    "cthanks": ["Thanks for calling Acme Bank.", "Thank you for your call.",
                "Thanks very much for ringing in."],
    "bye": ["Bye now.", "Goodbye.", "Have a lovely day.", "Take care, bye.",
            "Enjoy the rest of your day."],
    "bye_first": ["Have a good evening,", "Take care now,"],
    "thanks_after": ["oh, and thank you for calling.", "and thanks for ringing Acme Bank."],
    "cust_bye": ["Bye.", "Cheers, bye.", "Thanks, bye bye."],
    "cust_bye_nothanks": ["Bye then.", "Okay, bye."],
    "close_bare": "Right, that's all done on the system now.",
    "empathy": ["I'm really sorry you've been left waiting on this.",
                "That sounds stressful, I do understand.",
                "I can hear how fed up you are, and I'm sorry.",
                "I'd be annoyed too, I'm sorry, let's get it fixed."],
    "noempathy": ["Okay.", "Right.", "Fine, noted."],
    "late_empathy": "I'm sorry about all the hassle, by the way.",
    "anger": ["This is the third time I've rung about it and nobody's sorted it!",
              "I'm sick of being passed from pillar to post!",
              "Honestly, your lot have made a right mess of this.",
              "I've had enough, I've been waiting weeks for an answer!",
              "Every single month there's some new problem with you people!",
              "I'm furious, nobody ever calls back like they promise!"],
    "fright": ["I'm really frightened, that's most of my savings.",
               "I'm shaking, I don't know who's got my details."],
    "blame": ["Well, that's your phone's fault, those cheap ones never work with our app.",
              "You must have typed the numbers in wrong, that's not on us.",
              "That'll be your other bank holding it up, they're always slow.",
              "Sounds like your son's been using your card, to be honest.",
              "If you'd read the letter we sent, this wouldn't have happened.",
              "You should have rung us the same day, you left it far too late.",
              "Your husband set it up wrong, so that's really down to him.",
              "It's because you keep changing your password, you've locked yourself out.",
              "You pressed the wrong button, that's what caused this.",
              "The problem is your internet connection, not our system."],
    "rude": ["Right, I'll say it slowly this time so you can keep up.",
             "Oh brilliant, another one who can't read a screen.",
             "Look, I haven't got all day, just give me the number.",
             "Is this going to take long? I've got a queue of people.",
             "It's not exactly rocket science, is it?",
             "Yeah, yeah, I heard you the first time.",
             "Wow, congratulations on finding the phone number.",
             "Can you just stop talking for a second?",
             "Honestly, I don't know what you expect me to do about it.",
             "Whatever, it's your money."],
    "polite": ["No problem at all.", "Don't worry, that's easily fixed.",
               "No worries, take your time."],
    "swear": ["Oh shit, it's frozen again.", "This damn screen won't load.",
              "Bloody thing's logged me out.", "Crap, wrong account, hang on.",
              "For fuck's sake, come on.", "Piss, it's timed out.",
              "Bollocks, the page has crashed.", "Ugh, this crappy software.",
              "Damn it, one more second.", "What the fuck is it doing now?"],
    "cust_swear": ["This is bloody ridiculous.", "It's a load of crap, frankly."],
    "cust_card": "The long number is {card}.",
    "card_ask": "Can you read me the long card number so I can match it up?",
    "pad_ob": [0, 1, 2, 4, 6, 7, 10, 11],
    "card_back": ["So that's card number {card}, yes?",
                  "And the security code on the back is {cvv}, is that right?"],
    "last4": "Thanks, so the card ending {last4}.",
    "id_q": "Can I just take your date of birth and postcode?",
    "id_a": ["Fourteenth of March eighty one, and it's CF10 3AT.",
             "Second of June ninety, postcode M14 5RB.",
             "Ninth of October sixty eight, EH6 7JQ."],
    "hold": ["Let me have a look, bear with me a moment.",
             "Give me a second while I open the account.",
             "I'll just check the notes on this, one moment."],
    "midthanks": ["Thanks for holding on.", "Thank you for waiting."],
    "name_q": "Sorry, who am I speaking to?",
    "name_late": "It's {name}.",
    "offer_late": "Right, now, what can I do for you?",
    "barge": "Sorry to jump in, it's Marcus from the team leader desk, I'll approve that now.",
    "summary": "So to sum up:",
    "pad": [("Is the mobile number on the account still current?", "Yes, same number."),
            ("Do you use the app or online banking mostly?", "The app, mostly."),
            ("Would you like text alerts for this sort of thing?", "Go on then, yeah."),
            ("Have you had any letters from us about this?", "Not that I've seen."),
            ("Is the email on file still right?", "Yes, that's the one."),
            ("Did anyone give you a reference number before?", "No, nobody did."),
            ("Are you calling from the UK today?", "Yes, I'm at home."),
            ("Is this your main account?", "Yeah, my wages go in there."),
            ("When did you first notice it?", "Sometime last week I think."),
            ("Have you tried again since this morning?", "Twice, same thing."),
            ("What time of day suits you for a call back?", "Afternoons are best."),
            ("Is it alright if I look at the last few transactions?", "Yes, go ahead.")],
    # outbound
    "pickup": ["Hello?", "Hello, who's this?", "Yeah, hello?"],
    "ob_greet": ["Hi,", "Good afternoon,", "Hello,"],
    "ob_name": ["it's {name}", "my name's {name}"],
    "ob_comp": ["calling from Acme Bank.", "ringing from Acme Bank."],
    "ob_nocomp": ["calling from the accounts team.", "from the customer team."],
    "ob_cust_ok": ["Okay?", "Oh, right, yes?"],
    "ob_whichco": "Which company did you say?",
    "ob_comp_late": "Acme Bank, sorry.",
    "ob_nameq": "Sorry, what was your name?",
    "rec": ["Just so you know, this call is being recorded.",
            "I should say this call is recorded for training and quality."],
    "consent": ["Are you okay with that?", "Is that alright with you?"],
    "consent_late": "Oh, I should have asked, are you alright with the recording?",
    "rec_late": "By the way, this call is being recorded.",
    "cust_yes": ["Yes, that's fine.", "Sure, go on."],
    "ob_id": "Before I go into it, can you confirm your date of birth?",
    "ob_id_a": ["Twentieth of July, seventy four.", "Third of January, eighty eight."],
    "ob_hold": "I'll just open your file, bear with me.",
    "ob_anyelse": "Anything else you need from us while I've got you?",
    "ob_close": ["Thanks for your time, bye.", "Thanks for that, have a good day."],
    "inbound": [
        ("landlord_standing_order_twice", ["refund"],
         "My standing order to my landlord went out twice this month and I need the second one "
         "back.",
         "So the rent payment left your account two times this month, and you'd like the extra "
         "one returned.",
         "I've raised a recall on the duplicate, reference RC 4471, and it'll be back within five "
         "working days.", ""),
        ("joint_account_divorce", ["cancellation"],
         "Me and my ex-wife have divorced and I want the joint account closed.",
         "Since the divorce you want the joint account shut down.",
         "I'm posting a closure form to both of you today; once she signs it, it closes within "
         "ten days.", ""),
        ("student_overdraft_ending", ["billing"],
         "My student overdraft ends in June, what will it cost me after that?",
         "You're finishing university and want to know the overdraft charges after June.",
         "It moves to the graduate account with no fees for two years, and I've switched it for "
         "you today.",
         "fee_question_not_complaint"),
        ("power_of_attorney", [],
         "I've got Power of Attorney for my dad and it still isn't on his account.",
         "So you hold Power of Attorney for your father and it hasn't been added to his account "
         "yet.",
         "I've sent your copy to the registrations team; it'll be live by Friday and I'll text "
         "you.", ""),
        ("photo_cheque_bounced", ["billing"],
         "I paid a cheque in with the app camera, it bounced, and now there's a charge for it.",
         "The cheque you scanned came back unpaid and we charged you for it.",
         "That returned cheque charge shouldn't apply, I've taken the twelve pounds off "
         "today.", ""),
        ("car_finance_settlement", ["payment"],
         "I want to pay off my car finance early, I've got the money ready.",
         "You'd like to clear the car loan in one go now.",
         "Your settlement figure is four thousand two hundred and ten pounds; I've taken it and "
         "the loan is closed.", ""),
        ("declined_hotel_abroad", [],
         "My card got declined at the hotel in Lisbon and I'm stood at reception.",
         "Your card is being turned down at a hotel in Portugal and you need it working now.",
         "It was held by our overseas check; I've cleared it, so try the payment again now.", ""),
        ("charity_direct_debit", ["cancellation"],
         "I want to stop the direct debit to that animal charity, I can't afford it now.",
         "You'd like the monthly payment to the charity stopped.",
         "Done, the direct debit is cancelled from today, so nothing goes out on the first.", ""),
        ("payslip_loan_topup", ["complaint"],
         "I sent my payslips for a loan top-up three weeks ago and I've heard nothing since.",
         "You applied to add to your loan, sent the payslips, and nobody has come back to you.",
         "They were filed but not reviewed; I've pushed them to lending and you'll have a "
         "decision by Thursday.",
         "complaint_without_complaint_words"),
        ("lost_chequebook", [],
         "I've lost my chequebook, I think I left it on the bus.",
         "Your chequebook has gone missing, probably on the bus.",
         "I've stopped the unused cheques in that book and ordered a new one for Tuesday.",
         "lost_chequebook_not_card"),
        ("mobile_wallet_add", ["outage"],
         "My phone wallet won't let me add my card, it keeps saying try again later.",
         "Adding the card to your phone's wallet keeps failing with a try-later message.",
         "There was a flag on the card; I've removed it, so reopen the wallet and add the card "
         "again.", ""),
        ("business_card_limit", [],
         "I run a café and the business card stops at five hundred a day, I need it higher.",
         "The daily spend on the café's business card is capped at five hundred and you need more.",
         "I've raised the daily limit to two thousand, it's active straight away.", ""),
        ("pay_parking_fine", ["payment"],
         "I need to pay a parking fine from my account, can I do it over the phone?",
         "You want to pay a parking penalty from your current account.",
         "Yes, I've sent sixty five pounds to the council reference you gave me; a text will "
         "confirm it.", ""),
        ("subscription_stop", ["cancellation", "refund"],
         "A streaming subscription keeps taking money though I stopped it, and I want the last "
         "two back.",
         "A streaming service is still charging you, you want it stopped and two payments "
         "returned.",
         "I've blocked that merchant and raised a claim for both charges; you'll hear within ten "
         "days.", ""),
        ("isa_transfer_delay", ["complaint"],
         "I started moving my ISA to you six weeks ago and the money still isn't here.",
         "You moved an ISA over six weeks back and the funds haven't landed.",
         "The old provider used the wrong reference; I've matched it and it'll be in your ISA "
         "tomorrow.",
         "complaint_without_complaint_words"),
        ("currency_card_topup", ["outage"],
         "I can't top up my travel money card, the app says the service isn't available.",
         "Loading money onto your currency card fails in the app.",
         "Top-ups are down in the app until six; I've loaded the three hundred euros for you from "
         "here.", ""),
        ("overdraft_fee_pound_over", ["billing"],
         "Why is there a fee on my statement for going one pound over?",
         "You were charged an overdraft fee for going just one pound over.",
         "There's a ten pound buffer on your account, so that fee shouldn't apply; I've reversed "
         "it.", ""),
        ("bag_stolen_gym", ["card_lost"],
         "My bag was nicked at the gym with my debit card in it.",
         "Your debit card was stolen from the gym along with your bag.",
         "I've cancelled that card and a new one will be with you by Monday.", ""),
        ("card_lost_beach", ["card_lost"],
         "I dropped my card somewhere on the beach yesterday.",
         "You've lost your card, probably on the beach yesterday.",
         "I've stopped the card and a replacement is on its way, three to five days.", ""),
        ("card_left_taxi", ["card_lost"],
         "I think I left my card in a taxi last night.",
         "Your card was probably left behind in a cab last night.",
         "I've frozen it and ordered a new card; it arrives on Thursday.", ""),
        ("games_site_payments", ["fraud"],
         "There are three payments to a games website I've never used.",
         "You're seeing three payments to a gaming site that you didn't make.",
         "I've stopped the card and disputed all three; the money comes back within ten days.", ""),
        ("card_used_spain", ["fraud"],
         "Somebody's been using my card in Spain and I haven't been there.",
         "There are card payments from Spain that weren't you.",
         "I've blocked the card, flagged those payments as fraud and a new card comes on "
         "Friday.", ""),
        ("text_then_money_gone", ["fraud"],
         "I got a text about a parcel, tapped it, and now money has gone that I didn't send.",
         "After the parcel text, money left your account without you sending it.",
         "I've locked online banking, reported the transfer, and the fraud team rings you within "
         "an hour.",
         ""),
        ("old_fraud_send_son", ["payment"],
         "Last year I had a fraud case that got sorted; now I want to send money to my son.",
         "You'd like to send money to your son today.",
         "I've sent the two hundred pounds to his account; it'll arrive within two hours.",
         "old_closed_fraud"),
        ("atm_swallowed_card", [],
         "The cash machine outside the supermarket swallowed my card.",
         "A cash machine kept hold of your card.",
         "Cards kept by machines are destroyed, so I've ordered a new one for you, four days.",
         "atm_kept_not_lost"),
        ("concert_called_off", ["refund"],
         "The concert I had tickets for was called off and the ticket firm won't give my money "
         "back.",
         "The gig was cancelled and the seller won't return your money.",
         "I've opened a chargeback for the ninety pounds; if the seller doesn't reply in fourteen "
         "days it's yours.",
         "event_cancelled_not_cancellation"),
        ("past_card_payment", [],
         "I paid my credit card last Tuesday, did it actually go through?",
         "You'd like to know if last Tuesday's credit card payment arrived.",
         "Yes, a hundred and fifty pounds landed on Wednesday and your balance shows it.",
         "past_payment_not_payment"),
        ("moved_house", ["address_change"],
         "I've moved house and need to update my address.",
         "You've moved and want the new address on your account.",
         "I've updated it to 14 Rowan Close and a letter confirming it goes out today.", ""),
        ("student_halls_address", ["address_change"],
         "I'm at uni now and I want my address changed to my halls.",
         "You'd like your address changed to your student halls.",
         "That's changed to Block C, Elm Court, and your next statement will go there.", ""),
        ("app_spins_passcode", ["outage"],
         "The app just spins forever after I put my passcode in.",
         "The app hangs after you enter your passcode.",
         "It's a fault on the latest version; delete and reinstall it and you'll be straight "
         "in.", ""),
        ("gas_bill_website_error", ["outage", "payment"],
         "I'm trying to pay my gas bill on your website and it keeps showing an error.",
         "The website errors every time you try to pay the gas bill.",
         "The payments page is being fixed; I've made the eighty two pound payment for you "
         "now.", ""),
        ("close_old_saver", ["cancellation"],
         "I want to close my old savings account and move the money across.",
         "You'd like the old saver closed and the balance moved.",
         "I've closed it and moved the six hundred and twelve pounds to your current account.", ""),
        ("credit_card_annual_fee", ["billing", "refund"],
         "I was told my credit card had no annual fee, so I want that fee refunded.",
         "You were promised no annual fee, so you want the charge back.",
         "I can see the promise on your application; the fifty pounds is refunded and shows "
         "tomorrow.",
         ""),
        ("escalate_branch_manager", ["complaint"],
         "I want to escalate this, the branch manager spoke to my mum like dirt.",
         "The manager at the branch was disrespectful to your mother and you want it escalated.",
         "I've logged a formal complaint, reference CP 2290, and a senior manager rings you "
         "within two days.",
         ""),
        ("foreign_card_fee_question", ["billing"],
         "What's the fee for using my card in America next month?",
         "You want to know the charges for using your card in the States.",
         "It's two point nine percent a purchase, and no fee at cash machines on your account.",
         "fee_question_not_complaint"),
    ],
    "outbound": [
        ("returned_post", "I'm calling because letters to your address keep coming back to us.",
         "Ah, I moved in January, can you change it to my new place?", ["address_change"],
         "Of course, I've updated it now to the address you gave me."),
        ("overdue_car_loan", "I'm ringing about your car loan payment, which is ten days overdue.",
         "I know, I'll pay it now if you can take it.", ["payment"],
         "I've taken the two hundred and five pounds; a receipt comes by text."),
        ("madrid_payment_check",
         "I'm calling to check a payment of eight hundred pounds to a shop in Madrid.",
         "That's not me! I'm in Leeds.", ["fraud"],
         "I've blocked the card and declined that payment; a new card is on its way."),
        ("card_expiring", "I'm calling because your new card came back to us undelivered.",
         "Oh, and I lost the old one last week anyway.", ["card_lost"],
         "I've cancelled the old card and posted the new one to your branch for collection."),
        ("fee_change_notice", "I'm letting you know the monthly account fee changes next month.",
         "Then I'd rather close the account, to be honest.", ["cancellation"],
         "I've booked the closure for the end of the month and your balance will move to your "
         "saver."),
        ("app_complaint_followup", "I'm calling about the complaint you made about the app "
            "crashing.",
         "It still crashes every time I open it.", ["outage", "complaint"],
         "A fix goes out on Friday; I've added a note and I'll ring you on Monday to check."),
        ("mortgage_fee_twice", "I'm calling because we charged your mortgage fee twice.",
         "I noticed, I want it back straight away.", ["billing", "refund"],
         "The duplicate ninety nine pounds goes back to you tonight."),
        ("saver_maturing", "I'm calling because your fixed saver matures next week.",
         "Okay, what are my options?", [],
         "You can roll it into a new one year fix at four percent, and I've noted that you'll "
         "think it over."),
        ("new_phone_login", "I'm calling about a login to your app from a new phone last night.",
         "Yes, that was me, new phone.", [],
         "Great, I've marked it as you, so nothing else is needed."),
        ("council_tax_bounced", "I'm calling because your council tax direct debit bounced.",
         "Can I pay it now instead?", ["payment"],
         "Yes, I've sent the one hundred and forty pounds to the council for you."),
        ("paperless_offer", "I'm calling to offer you paperless statements.",
         "No thanks, and the last statement had a charge I don't understand.", ["billing"],
         "That's the annual card fee; I've sent you a breakdown by email."),
        ("canada_transfer_returned", "I'm calling because the money you sent to Canada came back.",
         "So I want the transfer fee back, it never arrived.", ["refund"],
         "I've refunded the fifteen pound fee along with the returned amount."),
    ],
}

# ---------------------------------------------------------------- Vietnamese content
VI = {
    "company": "Ngân hàng ABC",
    "agents": [
        ("Nguyễn Thị Ngọc", "northern_to_southern"), ("Trần Văn Cường", "northern_to_southern"),
        ("Lê Thị Phượng", "formal_quy_khach"), ("Phạm Minh Tuấn", "formal_quy_khach"),
        ("Hoàng Thị Kiều", "trainee"), ("Đỗ Văn Hoàng", "trainee"),
        ("Vũ Thị Nhung", "summariser"), ("Bùi Thị Thắm", "summariser"),
        ("Phan Văn Vỹ", "fast"), ("Ngô Thị Luyến", "fast"),
        ("Đặng Thị Uyển", "minh_youth"), ("Lý Văn Thuần", "minh_youth"),
        ("Trịnh Thị Sương", "late_starter"), ("Mai Thị Nhạn", "late_starter"),
        ("Hồ Thị Bích", "supervisor_barge"), ("Tô Thị Xuân", "supervisor_barge"),
    ],
    "speakers": ["hue", "saigon_youth", "hai_phong", "khmer_delta", "retired_teacher",
                 "factory_break", "plain"],
    "greet": ["Dạ, xin chào quý khách,", "Em chào anh chị ạ,", "Alô, em xin chào ạ,"],
    "greet_formal": ["Kính chào quý khách,"],
    "comp": ["Ngân hàng ABC xin nghe,", "đây là tổng đài Ngân hàng ABC,",
             "Ngân hàng ABC kính chào,"],
    "comp_formal": ["cảm ơn quý khách đã gọi Ngân hàng ABC."],
    "comp_odd": ["tổng đài Ngân hàng ABC luôn sẵn sàng nghe quý khách,",
                 "quý khách đang gặp bàn thẻ của Ngân hàng ABC,"],
    "nocomp": ["bộ phận thẻ đây ạ,", "tổng đài chăm sóc khách hàng,"],
    "name": ["em là {name},", "em tên {name},", "{name} đang nghe máy ạ,"],
    "name_formal": ["tôi là {name}."],
    "name_trainee": ["em là, dạ em là {name},"],
    "name_minh": ["mình là {name} nè,"],
    "offer": ["em có thể hỗ trợ gì cho anh chị ạ?", "anh chị cần em giúp gì ạ?",
              "em hỗ trợ được gì cho mình ạ?"],
    "offer_formal": ["Quý khách cần hỗ trợ điều gì ạ?"],
    "offer_trainee": ["em có thể, dạ em có thể hỗ trợ gì ạ?"],
    "offer_near": [("Anh chị cho em xin họ tên đầy đủ ạ.", "Ờ, để tôi nói chuyện chính trước đã."),
                   ("Số tài khoản là bao nhiêu ạ?", "Tôi không mang theo số tài khoản.")],
    "cust_first": [("Alô, ngân hàng đó hả?", "Dạ vâng."),
                   ("Alô, có phải tổng đài thẻ không?", "Dạ phải ạ.")],
    "quick": [("Em ơi, chi nhánh Cầu Giấy thứ bảy có làm không?",
               "Dạ có, làm buổi sáng tới mười một giờ rưỡi ạ."),
              ("Hạn mức rút ở cây ATM một ngày bao nhiêu em?", "Dạ năm mươi triệu một ngày ạ."),
              ("Quên mã PIN thì làm sao em?", "Dạ ra quầy cấp lại, mười phút là xong ạ."),
              ("Làm thẻ mới mất mấy ngày vậy em?", "Dạ bảy ngày làm việc ạ.")],
    "cust_hi": ["Ờ, chào em.", "Alô, ừ.", "Chào em nha."],
    "confirm_near": ["Dạ.", "Vâng, {kh} cho em xin số căn cước ạ.", "Dạ, rồi sao nữa ạ?",
                     "Vậy hả {kh}?"],
    "vague": ["Dạ cái này em chuyển bộ phận khác ạ.", "Để bên em xem sau ạ.",
              "Việc này {kh} chờ bên liên quan nha."],
    "cust_vague": ["Vậy chắc tôi cứ chờ thôi.", "Thôi tuần sau tôi gọi lại vậy."],
    "ack": ["Ừ, vậy được rồi.", "Ờ, tốt quá.", "Vậy là yên tâm rồi.", "Ừ, được."],
    "anyelse": ["{Kh} còn cần em hỗ trợ thêm gì không ạ?",
                "Ngoài việc này {kh} còn vấn đề gì khác không ạ?", "Còn gì nữa không {kh}?"],
    "cust_no": ["Hết rồi em.", "Không còn gì nữa.", "Vậy thôi, ổn rồi."],
    "cthanks": ["Cảm ơn {kh} đã gọi Ngân hàng ABC.", "Em cảm ơn {kh} nhiều ạ.",
                "Cám ơn {kh} đã liên hệ ạ."],
    "bye": ["Chào {kh} ạ.", "Chúc {kh} một ngày tốt lành.", "Tạm biệt {kh} ạ.",
            "Chúc {kh} buổi tối vui vẻ."],
    "bye_first": ["Chúc {kh} buổi chiều vui vẻ,", "Chào {kh} nhé,"],
    "thanks_after": ["à em cảm ơn {kh} đã gọi ạ.", "và cảm ơn {kh} đã liên hệ Ngân hàng ABC."],
    "cust_bye": ["Ừ, chào em.", "Chào em nhé.", "Ờ, cảm ơn em, chào em."],
    "cust_bye_nothanks": ["Ừ chào em.", "Vậy nha."],
    "close_bare": "Dạ vậy là xong trên hệ thống rồi ạ.",
    "empathy": ["Dạ em rất xin lỗi vì sự bất tiện này ạ.",
                "Em hiểu, chuyện này chắc làm {kh} lo lắm.",
                "Dạ em rất thông cảm với {kh}, để em xử lý ngay.",
                "Em rất tiếc vì {kh} phải chờ lâu như vậy."],
    "noempathy": ["Dạ.", "Vâng.", "Rồi, em ghi nhận."],
    "late_empathy": "À em xin lỗi {kh} vì phiền phức nãy giờ nhé.",
    "anger": ["Gọi ba lần rồi mà chẳng ai giải quyết cả!",
              "Tôi bực lắm rồi đấy, lần nào cũng hẹn rồi để đó!",
              "Ngân hàng làm ăn kiểu gì mà để thế này!",
              "Chờ cả tuần rồi, không ai trả lời tôi!",
              "Tháng nào cũng có chuyện, mệt mỏi với các người quá!",
              "Hứa gọi lại mà chẳng ai gọi, tức thật sự!"],
    "fright": ["Tôi sợ quá, đó là tiền dành dụm của tôi.",
               "Tôi run hết cả người, không biết ai lấy thông tin."],
    "blame": ["Do điện thoại của {kh} cũ quá nên app không chạy thôi.",
              "{Kh} gõ sai số tài khoản chứ bên em không sai.",
              "Cái đó là do ngân hàng bên kia chậm, không phải bên em.",
              "Chắc con {kh} bấm lung tung trên máy rồi.",
              "Tại {kh} không đọc tin nhắn bên em gửi.",
              "{Kh} để lâu quá mới báo thì chịu thôi.",
              "Chồng {kh} đăng ký sai từ đầu nên mới vậy.",
              "Tại {kh} đổi mật khẩu nhiều lần nên bị khoá.",
              "{Kh} bấm nhầm nút nên mới ra thế.",
              "Mạng nhà {kh} yếu chứ hệ thống bên em bình thường."],
    "rude": ["Em nói lần cuối, {kh} nghe cho kỹ nhé.",
             "Trời ơi, có vậy mà cũng không biết làm.",
             "{Kh} nói nhanh lên, em còn nhiều cuộc gọi lắm.",
             "Chuyện đơn giản vậy mà cũng gọi tổng đài.",
             "Rồi rồi, nghe rồi, khỏi nhắc lại.",
             "{Kh} có đọc chữ được không vậy?",
             "Thôi {kh} im một chút để em làm.",
             "Vậy {kh} muốn em làm gì bây giờ?",
             "Kệ {kh}, tiền của {kh} mà.",
             "Hỏi gì mà hỏi hoài vậy."],
    "polite": ["Dạ không sao đâu ạ.", "{Kh} đừng lo, cái này dễ thôi ạ.",
               "Dạ {kh} cứ từ từ ạ."],
    "swear": ["Đéo hiểu sao máy lại treo.", "Vãi, lại văng ra rồi.",
              "Địt, mất hết chỗ vừa nhập.", "Đụ, chậm như rùa.", "Cái màn hình lồn này lại đơ.",
              "Vãi thật, lỗi nữa.", "Đéo tải được gì cả.", "Địt mẹ, lại phải nhập lại.",
              "Đụ má, cái máy này.", "Đéo chịu nổi cái phần mềm này.", "Lồn, bấm nhầm rồi."],
    "cust_swear": ["Đéo chịu được, gọi mãi không ai nghe!", "Vãi thật, chờ gì lâu thế!"],
    "cust_card": "Số thẻ dài là {card}.",
    "card_ask": "{Kh} đọc số thẻ để em đối chiếu nhé.",
    "pad_ob": [0, 1, 2, 4, 6, 7, 9, 11],
    "card_back": ["Dạ số thẻ của {kh} là {card} đúng không ạ?",
                  "Mã CVV mặt sau là {cvv} phải không ạ?"],
    "last4": "Dạ thẻ có bốn số cuối {last4} phải không ạ?",
    "id_q": "{Kh} cho em xin họ tên và ngày sinh để xác minh ạ.",
    "id_a": ["Trần Minh Sơn, sinh năm 1982.", "Lê Thị Hoa, ngày 5 tháng 11 năm 1979.",
             "Võ Văn Lộc, sinh năm 1990.", "Phạm Thị Thu Hà, sinh năm 1986."],
    "hold": ["Dạ {kh} chờ em một chút để em kiểm tra ạ.",
             "{Kh} giữ máy một lát, em mở hồ sơ ạ."],
    "midthanks": ["Dạ cảm ơn {kh} đã chờ máy.", "Em cảm ơn {kh} đã đợi ạ."],
    "name_q": "Mà em tên gì vậy?",
    "name_late": "Dạ em là {name} ạ.",
    "offer_late": "Dạ giờ {kh} cần em giúp gì ạ?",
    "barge": "Chị xin phép vào cuộc gọi, chị là trưởng nhóm Diệu, chị duyệt luôn cho {kh} nhé.",
    "summary": "Em tóm tắt lại:",
    "pad": [("Số điện thoại trên tài khoản vẫn là số {kh} đang gọi phải không ạ?", "Đúng rồi."),
            ("{Kh} thường dùng app hay ra quầy ạ?", "Chủ yếu dùng app."),
            ("{Kh} có muốn đăng ký báo biến động số dư không ạ?", "Ừ, đăng ký luôn đi."),
            ("Trước đây {kh} đã báo lần nào chưa ạ?", "Chưa, lần đầu."),
            ("Email của {kh} vẫn dùng bình thường chứ ạ?", "Vẫn dùng."),
            ("{Kh} phát hiện từ hôm nào ạ?", "Chắc từ thứ hai."),
            ("Tài khoản này là tài khoản nhận lương phải không ạ?", "Phải, lương về đó."),
            ("{Kh} đang ở trong nước phải không ạ?", "Ừ, đang ở nhà."),
            ("{Kh} đã thử lại lần nào chưa ạ?", "Thử hai lần rồi, vẫn vậy."),
            ("Buổi nào gọi lại thì tiện cho {kh} ạ?", "Buổi chiều được."),
            ("{Kh} có nhận được tin nhắn nào từ bên em không ạ?", "Không thấy tin nào."),
            ("Thẻ này {kh} mở ở chi nhánh nào ạ?", "Chi nhánh gần chợ.")],
    "pickup": ["Alô?", "Alô, ai đấy?", "A lô, nghe đây."],
    "ob_greet": ["Dạ em chào {kh} ạ,", "Em chào {kh},"],
    "ob_name": ["em là {name}", "em tên {name}"],
    "ob_comp": ["gọi từ Ngân hàng ABC.", "bên Ngân hàng ABC ạ."],
    "ob_nocomp": ["bên bộ phận tài khoản ạ.", "ở phòng chăm sóc khách hàng."],
    "ob_cust_ok": ["Ờ, sao em?", "Ừ, có chuyện gì?"],
    "ob_whichco": "Bên nào gọi vậy em?",
    "ob_comp_late": "Dạ Ngân hàng ABC ạ.",
    "ob_nameq": "Em tên gì nói lại coi?",
    "rec": ["Cuộc gọi này được ghi âm để đảm bảo chất lượng,",
            "Em xin phép thông báo cuộc gọi đang được ghi âm,"],
    "consent": ["{kh} có đồng ý không ạ?", "{kh} đồng ý cho em tiếp tục chứ ạ?"],
    "consent_late": "À em quên hỏi, {kh} có đồng ý cho ghi âm không ạ?",
    "rec_late": "À cuộc gọi này có ghi âm {kh} nhé.",
    "cust_yes": ["Ừ, được.", "Được, em nói đi."],
    "ob_id": "{Kh} cho em xác nhận ngày sinh được không ạ?",
    "ob_id_a": ["Mười hai tháng tư năm tám lăm.", "Ngày 2 tháng 7 năm 1970."],
    "ob_hold": "{Kh} chờ em mở hồ sơ một chút ạ.",
    "ob_anyelse": "{Kh} còn cần gì thêm không ạ?",
    "ob_close": ["Em cảm ơn {kh}, chào {kh} ạ.", "Cảm ơn {kh} đã dành thời gian, chào {kh}."],
    "inbound": [
        ("topup_charged_twice", ["refund"],
         "Tôi nạp tiền điện thoại một trăm nghìn mà bị trừ hai lần, trả lại cho tôi.",
         "Dạ tức là {kh} nạp một lần mà bị trừ hai lần, {kh} muốn lấy lại khoản dư ạ.",
         "Em đã tạo yêu cầu hoàn một trăm nghìn, mã HT 5821, tiền về trong ba ngày làm việc "
         "ạ.", ""),
        ("card_for_child_abroad", [],
         "Tôi muốn mở thẻ cho con gái sắp đi du học Úc.",
         "Dạ {kh} cần một thẻ cho cháu dùng khi sang Úc học ạ.",
         "Em đã đăng ký thẻ quốc tế cho cháu, {kh} mang căn cước ra chi nhánh ký hồ sơ, năm ngày "
         "có thẻ ạ.",
         ""),
        ("motorbike_loan_early", ["payment"],
         "Tôi muốn trả trước hết khoản vay mua xe máy.",
         "Dạ {kh} muốn tất toán sớm khoản vay xe máy ạ.",
         "Số tiền tất toán là mười hai triệu bốn trăm nghìn, em đã trừ từ tài khoản và đóng khoản "
         "vay ạ.",
         ""),
        ("market_qr_error", ["outage", "payment"],
         "Tôi quét mã QR ở chợ để trả tiền mà app báo lỗi hoài.",
         "Dạ app không quét được mã QR khi {kh} trả tiền ở chợ ạ.",
         "Lỗi do bản app cũ, {kh} cập nhật bản mới rồi quét lại là trả được ạ.", ""),
        ("tuition_via_app", ["payment"],
         "Tôi muốn đóng học phí cho con qua app mà không biết làm.",
         "{Kh} cần nộp học phí của cháu qua ứng dụng ạ.",
         "{Kh} vào mục Thanh toán, chọn Học phí, nhập mã sinh viên là xong, em đã gửi hướng dẫn "
         "qua tin nhắn ạ.",
         ""),
        ("wallet_lost_bus_station", ["card_lost"],
         "Tôi bị mất ví ở bến xe, trong đó có thẻ ATM.",
         "Dạ {kh} bị mất ví ở bến xe, thẻ ATM cũng mất theo ạ.",
         "Em đã khoá thẻ đó, {kh} ra chi nhánh gần nhất làm thẻ mới, hai ngày là có ạ.", ""),
        ("new_number_otp", [],
         "Tôi đổi số điện thoại mà mã OTP vẫn gửi về số cũ.",
         "{Kh} đã đổi số mới nhưng mã OTP vẫn về số cũ ạ.",
         "{Kh} ra quầy với căn cước để cập nhật số mới, cập nhật xong là nhận OTP ngay ạ.", ""),
        ("statement_wrong_email", ["billing"],
         "Sao kê tháng này gửi vào email của ai đó chứ không phải của tôi.",
         "Sao kê tháng này bị gửi tới một email không phải của {kh} ạ.",
         "Em đã sửa email nhận sao kê và gửi lại bản tháng này cho {kh} rồi ạ.", ""),
        ("credit_card_annual_fee", ["billing"],
         "Sao thẻ tín dụng của tôi bị tính phí thường niên, lúc mở nói miễn phí mà.",
         "{Kh} được hứa miễn phí thường niên nhưng vẫn bị tính phí ạ.",
         "Thẻ của {kh} được miễn năm đầu, em đã hoàn năm trăm nghìn phí đó, ngày mai tiền về "
         "ạ.", ""),
        ("wrong_account_transfer", ["refund"],
         "Tôi chuyển nhầm năm triệu vào tài khoản người khác, muốn lấy lại.",
         "Dạ {kh} chuyển nhầm năm triệu sang tài khoản lạ và muốn lấy lại ạ.",
         "Em đã gửi yêu cầu tra soát mã TS 3307, bên nhận sẽ liên hệ người nhận trong bảy ngày "
         "ạ.", ""),
        ("cancel_sms_banking", ["cancellation", "billing"],
         "Tôi muốn hủy dịch vụ SMS banking, tháng nào cũng mất phí.",
         "{Kh} muốn ngừng SMS banking để khỏi bị tính phí hằng tháng ạ.",
         "Em đã hủy dịch vụ SMS banking, từ tháng sau không tính phí nữa ạ.", ""),
        ("salary_not_arrived", [],
         "Công ty nói đã trả lương mà tài khoản tôi chưa thấy tiền.",
         "Công ty đã chuyển lương nhưng tiền chưa vào tài khoản của {kh} ạ.",
         "Lệnh chuyển lương bị treo vì sai tên người nhận, em đã xử lý, chiều nay tiền vào ạ.", ""),
        ("card_dropped_motorbike_taxi", ["card_lost"],
         "Tôi làm rơi thẻ trên xe ôm sáng nay.",
         "{Kh} đánh rơi thẻ trên xe ôm sáng nay ạ.",
         "Em đã khoá thẻ và đặt làm thẻ mới, thứ năm {kh} ra chi nhánh nhận ạ.", ""),
        ("house_burgled_card", ["card_lost"],
         "Tối qua nhà tôi bị trộm, mất luôn cái thẻ.",
         "Nhà {kh} bị trộm vào và lấy mất thẻ ạ.",
         "Em đã khoá thẻ ngay, thẻ mới sẽ gửi về nhà {kh} trong năm ngày ạ.", ""),
        ("game_site_charges", ["fraud"],
         "Tôi thấy ba giao dịch lạ ở một trang game, tôi không có làm.",
         "Có ba giao dịch ở trang game mà {kh} không thực hiện ạ.",
         "Em đã khoá thẻ và khiếu nại cả ba giao dịch, mười ngày tiền về lại cho {kh} ạ.", ""),
        ("fake_police_call", ["fraud"],
         "Có người gọi xưng công an, xong tôi bị mất tiền trong tài khoản.",
         "Sau cuộc gọi giả danh công an thì tiền trong tài khoản {kh} bị chuyển đi ạ.",
         "Em đã khoá tài khoản, báo bộ phận chống gian lận, trong một giờ sẽ có người gọi {kh} "
         "ạ.", ""),
        ("charges_in_thailand", ["fraud"],
         "Thẻ tôi bị trừ tiền ở Thái Lan mà tôi có đi đâu.",
         "Thẻ của {kh} phát sinh giao dịch ở Thái Lan mà {kh} không đi ạ.",
         "Em đã chặn thẻ, ghi nhận gian lận, thẻ mới gửi về trong một tuần ạ.", ""),
        ("old_scam_send_mother", ["payment"],
         "Năm ngoái tôi bị lừa, đã xong rồi, giờ tôi muốn chuyển tiền cho mẹ.",
         "Dạ {kh} muốn chuyển tiền cho mẹ hôm nay ạ.",
         "Em đã chuyển ba triệu sang tài khoản của mẹ {kh}, hai tiếng nữa tiền tới ạ.",
         "old_closed_fraud"),
        ("atm_kept_card", [],
         "Cây ATM ở siêu thị nuốt thẻ của tôi rồi.",
         "Cây ATM đã giữ thẻ của {kh} ạ.",
         "Thẻ bị giữ sẽ được huỷ, em đã làm thẻ mới, bốn ngày {kh} nhận ạ.", "atm_kept_not_lost"),
        ("concert_called_off", ["refund"],
         "Buổi ca nhạc tôi mua vé bị hủy mà bên bán vé không trả tiền lại.",
         "Buổi diễn bị hủy nhưng bên bán vé không hoàn tiền cho {kh} ạ.",
         "Em đã mở yêu cầu đòi lại tiền tám trăm nghìn, mười bốn ngày bên bán không trả lời thì "
         "tiền về {kh} ạ.",
         "event_cancelled_not_cancellation"),
        ("past_card_payment", [],
         "Hôm thứ ba tôi trả tiền thẻ tín dụng rồi, không biết vào chưa.",
         "{Kh} muốn biết khoản trả thẻ hôm thứ ba đã vào chưa ạ.",
         "Dạ đã vào hôm thứ tư, hai triệu, dư nợ của {kh} đã cập nhật "
         "ạ.", "past_payment_not_payment"),
        ("overseas_fee_question", ["billing"],
         "Chuyển tiền ra nước ngoài thì phí bao nhiêu vậy em?",
         "{Kh} muốn biết phí chuyển tiền quốc tế ạ.",
         "Dạ phí là hai trăm nghìn một lần chuyển, {kh} làm trên app được luôn ạ.",
         "fee_question_not_complaint"),
        ("moved_thu_duc", ["address_change"],
         "Tôi chuyển nhà lên Thủ Đức, muốn đổi địa chỉ.",
         "{Kh} mới dọn lên Thủ Đức và cần cập nhật địa chỉ ạ.",
         "Em đã đổi địa chỉ sang nhà mới ở Thủ Đức, thư xác nhận sẽ gửi tới đó ạ.", ""),
        ("back_to_hometown", ["address_change"],
         "Tôi về quê ở hẳn rồi, đổi địa chỉ nhận thư cho tôi.",
         "{Kh} đã về quê sống và muốn đổi địa chỉ nhận thư ạ.",
         "Em đã cập nhật địa chỉ ở quê, thư tháng sau sẽ gửi về đó ạ.", ""),
        ("app_connection_error", ["outage"],
         "App cứ báo lỗi kết nối, không đăng nhập được.",
         "App báo lỗi kết nối nên {kh} không vào được ạ.",
         "Hệ thống đang bảo trì tới mười giờ, sau đó {kh} đăng nhập lại là được ạ.", ""),
        ("electric_bill_web_error", ["outage", "payment"],
         "Tôi trả tiền điện trên trang web mà nó báo lỗi liên tục.",
         "Trang web báo lỗi khi {kh} trả tiền điện ạ.",
         "Em đã thanh toán hộ tiền điện tám trăm nghìn cho {kh}, biên nhận gửi qua tin nhắn "
         "ạ.", ""),
        ("close_savings_book", ["cancellation"],
         "Tôi muốn tất toán và đóng sổ tiết kiệm.",
         "{Kh} muốn đóng sổ tiết kiệm và rút hết tiền ạ.",
         "Em đã tất toán sổ, tiền chuyển vào tài khoản thanh toán của {kh} rồi ạ.", ""),
        ("cancel_credit_card", ["cancellation"],
         "Tôi muốn hủy thẻ tín dụng, không dùng nữa.",
         "{Kh} muốn đóng thẻ tín dụng ạ.",
         "Em đã khoá thẻ tín dụng, ba ngày sau thẻ đóng hẳn, không phát sinh phí nữa ạ.", ""),
        ("complain_counter_staff", ["complaint"],
         "Tôi muốn khiếu nại nhân viên quầy, nói chuyện với mẹ tôi rất khó nghe.",
         "Nhân viên quầy đã cư xử không đúng với mẹ {kh} và {kh} muốn khiếu nại ạ.",
         "Em đã ghi nhận khiếu nại mã KN 7716, trưởng chi nhánh sẽ gọi {kh} trong hai ngày ạ.", ""),
        ("loan_file_three_weeks", ["complaint"],
         "Tôi nộp hồ sơ vay ba tuần rồi mà chưa ai gọi lại.",
         "{Kh} nộp hồ sơ vay ba tuần mà chưa có phản hồi ạ.",
         "Hồ sơ bị xếp nhầm, em đã chuyển lên phòng tín dụng, thứ năm có kết quả ạ.",
         "complaint_without_complaint_words"),
        ("phone_instalment", ["payment"],
         "Tôi muốn trả khoản góp điện thoại tháng này.",
         "{Kh} muốn đóng tiền trả góp điện thoại tháng này ạ.",
         "Em đã trích một triệu hai trăm nghìn trả góp tháng này cho {kh} rồi ạ.", ""),
        ("other_bank_atm_fee", ["billing", "refund"],
         "Tôi rút tiền ở cây ngân hàng khác bị tính phí cao quá, trả lại cho tôi.",
         "{Kh} bị tính phí rút tiền ở cây khác hệ thống quá cao và muốn lấy lại ạ.",
         "Phí đó thu nhầm mức, em đã hoàn lại ba mươi nghìn cho {kh} ạ.", ""),
        ("maintenance_fee", ["billing"],
         "Sao tháng này tôi bị trừ phí duy trì tài khoản?",
         "{Kh} thắc mắc khoản phí duy trì tài khoản tháng này ạ.",
         "Số dư dưới năm mươi nghìn nên bị tính phí, em đã miễn phí tháng này cho {kh} ạ.", ""),
        ("charity_auto_debit", ["cancellation"],
         "Tôi muốn ngừng khoản trích tự động ủng hộ quỹ từ thiện.",
         "{Kh} muốn dừng lệnh trích tiền ủng hộ quỹ hằng tháng ạ.",
         "Em đã hủy lệnh trích, từ tháng sau không trừ nữa ạ.", ""),
    ],
    "outbound": [
        ("returned_post", "Em gọi vì thư gửi tới địa chỉ của {kh} bị trả về ạ.",
         "À tôi dọn nhà rồi, đổi địa chỉ mới cho tôi.", ["address_change"],
         "Dạ em đã cập nhật địa chỉ mới {kh} vừa đọc ạ."),
        ("motorbike_loan_overdue", "Em gọi vì khoản vay xe máy của {kh} đã quá hạn mười ngày ạ.",
         "Ừ, giờ tôi trả luôn được không?", ["payment"],
         "Dạ em đã trích hai triệu tiền góp, biên nhận gửi qua tin nhắn ạ."),
        ("danang_purchase_check",
         "Em gọi để xác nhận giao dịch tám triệu ở cửa hàng điện máy tại Đà Nẵng ạ.",
         "Trời, tôi đâu có mua gì!", ["fraud"],
         "Em đã chặn thẻ và từ chối giao dịch đó, thẻ mới đang gửi về ạ."),
        ("card_returned", "Em gọi vì thẻ mới của {kh} gửi về bị trả lại ạ.",
         "Thẻ cũ tôi cũng đánh rơi tuần trước rồi.", ["card_lost"],
         "Em đã khoá thẻ cũ và chuyển thẻ mới ra chi nhánh cho {kh} nhận ạ."),
        ("fee_rise_notice", "Em gọi để báo phí quản lý tài khoản sẽ tăng từ tháng sau ạ.",
         "Vậy thì tôi đóng tài khoản luôn.", ["cancellation"],
         "Em đã đặt lịch đóng tài khoản cuối tháng, số dư chuyển sang sổ tiết kiệm của {kh} ạ."),
        ("app_crash_followup", "Em gọi về phản ánh app bị văng của {kh} tuần trước ạ.",
         "Vẫn văng hoài, mở lên là tắt.", ["outage", "complaint"],
         "Thứ sáu có bản sửa, em ghi chú và thứ hai em gọi lại cho {kh} ạ."),
        ("card_fee_twice", "Em gọi vì bên em thu phí thẻ của {kh} hai lần ạ.",
         "Tôi thấy rồi, trả lại cho tôi ngay nhé.", ["billing", "refund"],
         "Khoản phí trùng sẽ hoàn về tài khoản {kh} tối nay ạ."),
        ("savings_maturing", "Em gọi báo sổ tiết kiệm của {kh} tuần sau đáo hạn ạ.",
         "Ừ, vậy có những lựa chọn nào?", [],
         "{Kh} có thể gửi tiếp kỳ hạn mười hai tháng lãi năm phần trăm, em ghi chú để {kh} cân "
         "nhắc ạ."),
        ("new_phone_login", "Em gọi vì có đăng nhập app từ một điện thoại mới tối qua ạ.",
         "À, tôi mới mua máy mới, tôi đó.", [],
         "Dạ em đã ghi nhận là {kh}, không cần làm gì thêm ạ."),
        ("water_debit_failed", "Em gọi vì lệnh trích tiền nước của {kh} không thành công ạ.",
         "Vậy giờ tôi trả luôn qua em được không?", ["payment"],
         "Dạ em đã thanh toán tiền nước ba trăm nghìn cho {kh} rồi ạ."),
        ("e_statement_offer", "Em gọi để giới thiệu sao kê điện tử miễn phí ạ.",
         "Thôi khỏi, mà sao kê tháng rồi có khoản phí lạ đó.", ["billing"],
         "Dạ đó là phí thường niên, em gửi bảng chi tiết qua email cho {kh} ạ."),
        ("korea_transfer_returned", "Em gọi vì khoản tiền {kh} gửi sang Hàn Quốc bị trả về ạ.",
         "Vậy hoàn phí chuyển cho tôi đi, có đến đâu.", ["refund"],
         "Em đã hoàn phí chuyển cùng số tiền bị trả về cho {kh} ạ."),
    ],
}

SWEAR_EN = {"shit", "damn", "bloody", "crap", "crappy", "fuck", "fucks", "fucking", "piss",
            "bollocks"}
STRICT_VI = {"đéo", "địt", "đụ", "vãi", "lồn"}
TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}

# ---------------------------------------------------------------- text helpers


def strip_tones(s):
    d = unicodedata.normalize("NFD", s)
    return unicodedata.normalize("NFC", "".join(c for c in d if c not in TONES))


def strip_all(s):
    d = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in d if not unicodedata.combining(c))


def norm(tok):
    t = tok.lower().replace("'s", "s")
    return "".join(c for c in t if c.isalnum())


def toks_match(tok, kw):
    """Vietnamese-aware: an unmarked token matches the unmarked keyword; marked only exact."""
    if tok == kw:
        return True
    return tok == strip_all(tok) and tok == strip_all(kw)


def has_phrase(tokens, phrase):
    kws = [norm(w) for w in phrase.split()]
    n = len(kws)
    for i in range(len(tokens) - n + 1):
        if all(toks_match(tokens[i + j], kws[j]) for j in range(n)):
            return True
    return False


# ---------------------------------------------------------------- noise

EN_HOMO = {"week": "weak", "wait": "weight", "here": "hear", "new": "knew", "know": "no",
           "one": "won", "see": "sea", "sure": "shore", "to": "too", "sent": "scent",
           "mail": "male", "due": "dew"}
EN_SPLIT = {"anything": "any thing", "someone": "some one", "statement": "state meant",
            "password": "pass word", "online": "on line", "cannot": "can not",
            "into": "in to", "anyway": "any way", "standing": "stand ing",
            "today": "to day", "payment": "pay ment"}
EN_JOIN = {("no", "problem"): "noproblem", ("of", "course"): "ofcourse",
           ("let", "me"): "lemme", ("going", "to"): "gonna", ("a", "bit"): "abit",
           ("all", "right"): "alright", ("got", "to"): "gotta"}
EN_NUM = {"two": "2", "three": "3", "five": "5", "ten": "10", "four": "4", "six": "6",
          "twelve": "12", "fifty": "50", "hundred": "100", "first": "1st"}
EN_FILL = ["um", "uh", "erm", "like"]
EN_ACME = ["acne", "ackney", "acmy"]
VI_FILL = ["ờm", "ừ", "kiểu là", "này"]
VI_ABC = ["ây bi xi", "abc", "a bờ cờ"]


def strip_punct(tok):
    return tok.strip(",.?!:;")


def noise_tokens(toks, lang, rng, lower):
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if lower:
            t = strip_punct(t).lower() or t
        base = strip_punct(t).lower()
        nxt = strip_punct(toks[i + 1]).lower() if i + 1 < len(toks) else None
        if lang == "en":
            if nxt is not None and (base, nxt) in EN_JOIN and rng.random() < 0.6:
                out.append(EN_JOIN[(base, nxt)])
                i += 2
                continue
            if base == "acme" and rng.random() < 0.5:
                out.append(rng.choice(EN_ACME))
            elif base in EN_HOMO and rng.random() < 0.3 and t == base:
                out.append(EN_HOMO[base])
            elif base in EN_SPLIT and rng.random() < 0.35 and t == base:
                out.extend(EN_SPLIT[base].split())
            elif base in EN_NUM and rng.random() < 0.5 and t == base:
                out.append(EN_NUM[base])
            elif rng.random() < 0.008:
                out.extend([t, t])
            else:
                out.append(t)
        else:
            if base == "abc" and rng.random() < 0.4:
                out.extend(rng.choice(VI_ABC).split())
            elif nxt is not None and t == base and rng.random() < 0.06 and \
                    len(base) + len(nxt) < 10 and toks[i + 1].lower() == nxt:
                out.append(base + nxt)
                i += 2
                continue
            elif rng.random() < 0.2:
                out.append(strip_tones(t))
            else:
                out.append(t)
        i += 1
    return out


def apply_noise(turn, lang, rng, level):
    prob = [0.45, 0.65, 0.85, 0.95][level]
    if rng.random() >= prob:
        return
    lower = rng.random() < 0.7
    whole = lang == "vi" and rng.random() < 0.2
    for p in turn["pieces"]:
        if p.get("keep"):
            continue
        toks = p["text"].split(" ")
        toks = noise_tokens(toks, lang, rng, lower)
        if whole:
            toks = [strip_all(t) if rng.random() < 0.5 else strip_tones(t) for t in toks]
        toks = [t for t in toks if t]
        p["text"] = " ".join(toks)
    if rng.random() < 0.3 and not turn["pieces"][0].get("keep"):
        fill = rng.choice(EN_FILL if lang == "en" else VI_FILL)
        turn["pieces"].insert(0, {"text": fill, "tag": None})


# ---------------------------------------------------------------- fault plan


def width(toks):
    return sum(2 if x == STRICT else 1 for x in toks)


def fits(toks, t):
    keys = set(toks) | {t}
    if t in toks or width(toks) + (2 if t == STRICT else 1) > 3:
        return False
    if any(p <= keys for p in BAD_PAIRS):
        return False
    return not {"inbound/anything_else", "inbound/thanks", "inbound/goodbye"} <= keys


def plan_faults(lang, rng):
    inb_calls = list(range(110))
    out_calls = list(range(110, 150))
    tokens_in = [k for k in INB for _ in range(9)]
    tokens_out = [k for k in OUTB for _ in range(9)]
    gen = [k for k in GEN for _ in range(9)]
    if lang == "vi":
        gen = [k for k in gen if k != "forbidden/profanity"] + [STRICT] * 10
    rng.shuffle(gen)
    tokens_out += gen[:14]
    tokens_in += gen[14:]
    for _ in range(200):
        ok = True
        plan = {}
        for calls, toks, nfree in ((inb_calls, tokens_in, 18), (out_calls, tokens_out, 6)):
            cs = calls[:]
            rng.shuffle(cs)
            faulted = cs[nfree:]
            for c in cs:
                plan[c] = []
            tk = toks[:]
            rng.shuffle(tk)
            for t in tk:
                cand = [c for c in faulted if fits(plan[c], t)]
                if not cand:
                    ok = False
                    break
                low = min(width(plan[c]) for c in cand)
                cand = [c for c in cand if width(plan[c]) == low]
                plan[rng.choice(cand)].append(t)
            if not ok or any(not plan[c] for c in faulted):
                ok = False
                break
        if ok:
            return plan
    raise SystemExit("fault plan failed")


# ---------------------------------------------------------------- call assembly


def P(text, tag=None, cats=None, keep=False):
    return {"text": text, "tag": tag, "cats": cats or [], "keep": keep}


def T(spk, pieces, sent="neutral", **kw):
    d = {"spk": spk, "pieces": pieces, "sent": sent}
    d.update(kw)
    return d


def vi_terms(profile, style, rng):
    if profile == "retired_teacher":
        kh = "cô"
    elif profile == "factory_break":
        kh = rng.choice(["anh", "chị"])
    elif profile == "saigon_youth" or style == "minh_youth":
        kh = "bạn"
    else:
        kh = rng.choice(["anh", "chị", "chú"])
    return kh


def dialect(text, lang, profile, rng, first):
    if rng.random() < 0.5 and not first:
        return text
    end = text[-1] if text[-1] in ".?!" else ""
    body = text[:-1] if end else text
    if lang == "en":
        if profile == "welsh":
            return body + ", isn't it" + end if rng.random() < 0.5 else "Now then, " + text
        if profile == "nigerian":
            return "Please, " + text[0].lower() + text[1:]
        if profile == "irish":
            return "Ah sure, " + text[0].lower() + text[1:] if rng.random() < 0.5 else \
                body + ", so" + end
        if profile == "canadian":
            return body + ", eh" + end
        if profile == "stammering":
            w = text.split(" ")
            stem = w[0].split("'")[0][:2]
            return " ".join([stem + "-", stem + "-"] + w)
        if profile == "car_speakerphone" and first:
            return "You're on speaker, I'm driving, " + text[0].lower() + text[1:]
        if profile == "shop_owner" and first:
            return ("Hang on, that's three pound twenty love, ta, right, sorry, "
                    + text[0].lower() + text[1:])
        return text
    if profile == "hue":
        return body + " " + rng.choice(["rứa", "hỉ", "nờ"]) + end
    if profile == "saigon_youth":
        return rng.choice(["Ủa, ", "Trời ơi, "]) + text[0].lower() + text[1:] \
            if rng.random() < 0.5 else body + " " + rng.choice(["nha", "luôn á"]) + end
    if profile == "hai_phong":
        return body + " " + rng.choice(["nhở", "đấy"]) + end
    if profile == "khmer_delta":
        return "Dạ thưa, " + text[0].lower() + text[1:] if first else body + " vậy đó" + end
    if profile == "retired_teacher" and first:
        return "Cô hỏi chút, " + text[0].lower() + text[1:]
    if profile == "factory_break" and first:
        return "Tôi đang nghỉ giữa ca, nói nhanh nha, " + text[0].lower() + text[1:]
    return text


class Ctx:
    def __init__(self, lang, rng, agent, style, profile):
        self.lang, self.rng, self.style, self.profile = lang, rng, style, profile
        self.C = EN if lang == "en" else VI
        self.name = agent.split(" ")[-1] if lang == "vi" else agent.split(" ")[0]
        self.kh = vi_terms(profile, style, rng) if lang == "vi" else ""
        self.decoys = []

    def f(self, s, **kw):
        kh = self.kh
        return s.format(name=self.name, kh=kh, Kh=kh[:1].upper() + kh[1:], **kw)

    def pick(self, key):
        return self.f(self.rng.choice(self.C[key]))

    def id_answer(self):
        opts = self.C["id_a"]
        if self.lang == "vi":
            fem = self.kh in ("chị", "cô")
            opts = [a for a in opts if (" Thị " in a) == fem] or opts
        return self.rng.choice(opts)

    def cust(self, text, first=False):
        return dialect(text, self.lang, self.profile, self.rng, first)


def card_digits(rng):
    groups = [str(rng.randint(4000, 4999))] + [f"{rng.randint(0, 9999):04d}" for _ in range(3)]
    return " ".join(groups), f"{rng.randint(100, 999)}"


def build_inbound(x, faults, scen, angry, seg_target, rng, g):
    C, f = x.C, x.f
    _key, cats, problem, restate, resolve, sdecoy = scen
    if sdecoy:
        x.decoys.append(sdecoy)
    turns = []
    if x.style == "late_starter":
        turns.append({"silence": rng.uniform(3.5, 6.5)})
    gbr = "inbound/greeting_before_resolution" in faults
    if gbr:
        q, a = rng.choice(C["quick"])
        turns.append(T("customer", [P(x.cust(q, True))]))
        turns.append(T("agent", [P(a, "resol")]))
        x.decoys.append("answer_before_greeting")
    elif rng.random() < 0.15:
        q, a = rng.choice(C["cust_first"])
        turns.append(T("customer", [P(q)], opt=3))
        turns.append(T("agent", [P(a)], opt=3, decoy="customer_speaks_first"))
    op = []
    formal = x.style in ("formal", "formal_quy_khach")
    if "inbound/greeting" not in faults:
        op.append(P(f(rng.choice(C["greet_formal"] if formal else C["greet"])), "greet"))
    if "inbound/company_name" not in faults:
        if rng.random() < 0.2:
            x.decoys.append("company_in_unusual_sentence")
            op.append(P(f(rng.choice(C["comp_odd"])), "comp"))
        else:
            op.append(P(f(rng.choice(C["comp_formal"] if formal else C["comp"])), "comp"))
    else:
        op.append(P(f(rng.choice(C["nocomp"]))))
        x.decoys.append("team_name_not_company")
    late_name = False
    if "inbound/self_intro" not in faults:
        k = "name_formal" if formal else "name_trainee" if x.style == "trainee" else \
            "name_minh" if x.style == "minh_youth" else "name"
        op.append(P(f(rng.choice(C[k])), "name"))
    elif rng.random() < 0.5:
        late_name = True
    offer_mode = "ok"
    if "inbound/offer_help" in faults:
        offer_mode = rng.choice(["none", "near", "late"])
    if offer_mode == "ok":
        k = "offer_formal" if formal else "offer_trainee" if x.style == "trainee" else "offer"
        offer = P(f(rng.choice(C[k])), "offer")
        if x.style in ("fast", "formal", "formal_quy_khach", "trainee") or rng.random() < 0.6:
            op.append(offer)
            turns.append(T("agent", op, fast=x.style == "fast"))
        else:
            turns.append(T("agent", op))
            turns.append(T("customer", [P(x.cust(rng.choice(C["cust_hi"])))]))
            turns.append(T("agent", [offer]))
    else:
        if offer_mode == "near":
            nq, na = rng.choice(C["offer_near"])
            op.append(P(f(nq)))
            x.decoys.append("near_miss_offer")
            turns.append(T("agent", op))
            turns.append(T("customer", [P(x.cust(na))]))
        else:
            turns.append(T("agent", op))
    if offer_mode == "late":
        turns.append(T("customer", [P(x.cust(rng.choice(C["cust_hi"])))]))
        turns.append(T("agent", [P(f(C["id_q"]))]))
        turns.append(T("customer", [P(x.id_answer())]))
        turns.append(T("agent", [P(f(rng.choice(C["hold"])))]))
        turns.append(T("agent", [P(f(C["offer_late"]), "offer")], min_start=48))
        x.decoys.append("offer_after_window")
    # problem
    anger_at = None
    if angry:
        anger_at = "start" if rng.random() < 0.65 else "late"
    fraud = "fraud" in cats
    prob_pieces = [P(x.cust(problem, True), None, cats)]
    sent = "neutral"
    if anger_at == "start":
        sent = "negative"
        if fraud:
            prob_pieces.append(P(rng.choice(C["fright"])))
        else:
            prob_pieces.append(P(rng.choice(C["anger"]), None, ["complaint"]))
    turns.append(T("customer", prob_pieces, sent, raised=angry and rng.random() < 0.35
                   and anger_at == "start"))
    if anger_at == "start" and rng.random() < 0.25 and not fraud:
        turns[-1]["pieces"].append(P(rng.choice(C["cust_swear"]), None, ["complaint"], True))
        x.decoys.append("customer_swears")
    # agent reply: empathy + restatement
    reply = []
    if anger_at == "start":
        reply += empathy_pieces(x, faults, rng)
    if "inbound/confirm_problem" in faults:
        reply.append(P(f(rng.choice(C["confirm_near"]))))
        x.decoys.append("near_miss_restatement")
    else:
        reply.append(P(f(restate), "confirm"))
    intr = anger_at == "start" and "angry_caller/no_interrupting_angry_customer" in faults
    calm_intr = not intr and anger_at is None and rng.random() < 0.2
    if calm_intr:
        x.decoys.append("agent_talks_over_calm_customer")
    turns.append(T("agent", reply, interrupt=intr or calm_intr))
    if late_name:
        turns.append(T("customer", [P(f(C["name_q"]))], min_start=33))
        turns.append(T("agent", [P(f(C["name_late"]), "name")]))
        x.decoys.append("name_after_window")
    core_mid = []
    if "forbidden/no_card_readback" in faults:
        card, cvv = card_digits(rng)
        core_mid.append(T("agent", [P(f(C["card_ask"]))]))
        core_mid.append(T("customer", [P(f(C["cust_card"], card=card), keep=True)]))
        core_mid.append(T("agent", [P(f(rng.choice(C["card_back"]), card=card, cvv=cvv),
                                      "card", keep=True)]))
    elif rng.random() < 0.25:
        card, _ = card_digits(rng)
        core_mid.append(T("agent", [P(f(C["card_ask"]))]))
        core_mid.append(T("customer", [P(f(C["cust_card"], card=card), keep=True)]))
        core_mid.append(T("agent", [P(f(C["last4"], last4=card[-4:]), keep=True)]))
        x.decoys.append("last_four_readback")
    elif offer_mode != "late":
        core_mid.append(T("agent", [P(f(C["id_q"]))], opt=1))
        core_mid.append(T("customer", [P(x.id_answer())], opt=1))
    turns += core_mid
    pads = []
    for q, a in rng.sample(C["pad"], len(C["pad"])):
        pads.append([T("agent", [P(f(q))]), T("customer", [P(x.cust(f(a)))])])
    # hold + resolution
    hold_turn = T("agent", [P(f(rng.choice(C["hold"])))])
    extra = []
    if "forbidden/profanity" in faults or STRICT in faults:
        hold_turn["pieces"].append(P(rng.choice(g["swear"]), "swear", keep=True))
    res_pieces = []
    if anger_at == "start" and "angry_caller/empathy" in faults and rng.random() < 0.5:
        res_pieces.append(P(f(C["late_empathy"]), "empathy"))
        x.decoys.append("empathy_after_window")
    if rng.random() < 0.5:
        res_pieces.append(P(f(rng.choice(C["midthanks"])), "midthanks"))
    if "angry_caller/no_blame" in faults:
        res_pieces.append(P(f(g["blame"]), "blame"))
    if "forbidden/rude" in faults:
        res_pieces.append(P(f(g["rude"]), "rude"))
    if "inbound/resolution" in faults:
        res_pieces.append(P(f(rng.choice(C["vague"]))))
        x.decoys.append("vague_handoff")
        cust_after = P(x.cust(rng.choice(C["cust_vague"])))
    else:
        res_pieces.append(P(f(resolve), "resol"))
        cust_after = P(x.cust(rng.choice(C["ack"])))
    if rng.random() < 0.3:
        res_pieces.append(P(f(rng.choice(C["polite"]))))
        x.decoys.append("polite_phrase_looks_rude")
    res_turn = T("agent", res_pieces, hold=True)
    if x.style == "supervisor_barge" and rng.random() < 0.6:
        extra.append(T("agent", [P(f(C["barge"]))], opt=4, decoy="supervisor_barges_in"))
    after = [T("customer", [cust_after], "positive" if rng.random() < 0.3 else "neutral",
               interrupt=rng.random() < 0.2)]
    late_anger_turns = []
    if anger_at == "late":
        words = [P(rng.choice(C["anger"]), None, ["complaint"])]
        late_anger_turns.append(T("customer", words, "negative",
                                  raised=rng.random() < 0.35))
        rep = empathy_pieces(x, faults, rng)
        if not rep:
            rep = [P(f(rng.choice(C["noempathy"])))]
        li = "angry_caller/no_interrupting_angry_customer" in faults
        late_anger_turns.append(T("agent", rep + [P(f(rng.choice(C["hold"])))],
                                  interrupt=li))
        late_anger_turns.append(T("agent", [P(f(rng.choice(C["midthanks"])), "midthanks"),
                                            P(f(resolve) if "inbound/resolution" not in faults
                                              else f(rng.choice(C["vague"])))], hold=True))
        late_anger_turns.append(T("customer", [P(x.cust(rng.choice(C["ack"])))]))
    summ = []
    if x.style == "summariser" and "inbound/confirm_problem" not in faults:
        summ = [T("agent", [P(f(C["summary"])), P(f(restate), "confirm")], opt=5,
                  decoy="summary_restatement"),
                T("customer", [P("Yes." if x.lang == "en" else "Đúng rồi.")], opt=5)]
    close = []
    if "inbound/anything_else" not in faults:
        close.append(T("agent", [P(f(rng.choice(C["anyelse"])), "anyelse")]))
        close.append(T("customer", [P(x.cust(rng.choice(C["cust_no"])))]))
    fin = []
    if "inbound/thanks_before_goodbye" in faults:
        fin = [P(f(rng.choice(C["bye_first"])), "bye"), P(f(rng.choice(C["thanks_after"])),
                                                              "cthanks")]
        x.decoys.append("goodbye_before_thanks")
        cb = rng.choice(C["cust_bye"])
    elif "inbound/thanks" in faults and "inbound/goodbye" in faults:
        fin = [P(f(C["close_bare"]))]
        x.decoys.append("customer_closes_call")
        cb = rng.choice(C["cust_bye"])
    elif "inbound/thanks" in faults:
        fin = [P(f(rng.choice(C["bye"])), "bye")]
        x.decoys.append("customer_thanks_agent_wishes")
        cb = rng.choice(C["cust_bye"])
    elif "inbound/goodbye" in faults:
        fin = [P(f(rng.choice(C["cthanks"])), "cthanks")]
        x.decoys.append("customer_says_bye_agent_does_not")
        cb = rng.choice(C["cust_bye_nothanks"])
    else:
        fin = [P(f(rng.choice(C["cthanks"])), "cthanks"), P(f(rng.choice(C["bye"])), "bye")]
        cb = rng.choice(C["cust_bye"])
    close.append(T("agent", fin))
    close.append(T("customer", [P(cb)], "positive"))
    base = turns + [hold_turn, res_turn] + extra + after + late_anger_turns + summ + close
    nseg = sum(1 for t in base if "spk" in t)
    while nseg < seg_target - 1 and pads:
        pair = pads.pop()
        turns += pair
        nseg += 2
    return trim(turns + [hold_turn, res_turn] + extra + after + late_anger_turns + summ + close,
                seg_target)


def empathy_pieces(x, faults, rng):
    if "angry_caller/empathy" in faults:
        x.decoys.append("no_empathy_in_window")
        return []
    return [P(x.f(rng.choice(x.C["empathy"])), "empathy")]


def build_outbound(x, faults, scen, angry, seg_target, rng, g):
    C, f = x.C, x.f
    _key, purpose, reaction, rcats, nxt = scen
    turns = [T("customer", [P(rng.choice(C["pickup"]))])]
    op = [P(f(rng.choice(C["ob_greet"])))]
    late_name = late_comp = False
    if "outbound/identify_self" not in faults:
        op.append(P(f(rng.choice(C["ob_name"])), "name"))
    else:
        late_name = rng.random() < 0.5
    if "outbound/identify_company" not in faults:
        op.append(P(f(rng.choice(C["ob_comp"])), "comp"))
    else:
        op.append(P(f(rng.choice(C["ob_nocomp"]))))
        late_comp = rng.random() < 0.5
        x.decoys.append("team_name_not_company")
    turns.append(T("agent", op))
    turns.append(T("customer", [P(x.cust(rng.choice(C["ob_cust_ok"]), True))]))
    rec_f = "outbound/recording_disclosure" in faults
    con_f = "outbound/consent" in faults
    if not rec_f:
        rp = [P(f(rng.choice(C["rec"])), "rec")]
        if not con_f:
            rp.append(P(f(rng.choice(C["consent"])), "consent"))
        turns.append(T("agent", rp))
        turns.append(T("customer", [P(x.cust(rng.choice(C["cust_yes"])))]))
    turns.append(T("agent", [P(f(C["ob_id"]))], opt=1))
    turns.append(T("customer", [P(rng.choice(C["ob_id_a"]))], opt=1))
    if late_name:
        turns.append(T("customer", [P(f(C["ob_nameq"]))], min_start=33))
        turns.append(T("agent", [P(f(C["name_late"]), "name")]))
        x.decoys.append("name_after_window")
    if late_comp:
        turns.append(T("customer", [P(f(C["ob_whichco"]))], min_start=33))
        turns.append(T("agent", [P(f(C["ob_comp_late"]), "comp")]))
        x.decoys.append("company_after_window")
    pads = []
    for i in rng.sample(C["pad_ob"], len(C["pad_ob"])):
        q, a = C["pad"][i]
        pads.append([T("agent", [P(f(q))]), T("customer", [P(x.cust(f(a)))])])
    late = []
    if "outbound/purpose" in faults:
        late.append(T("agent", [P(f(C["ob_hold"]))]))
        late.append(T("agent", [P(f(purpose), "purpose")], min_start=63))
        x.decoys.append("purpose_after_window")
    else:
        late.append(T("agent", [P(f(purpose), "purpose")]))
    sent = "negative" if angry else "neutral"
    rp = [P(x.cust(reaction), None, rcats)]
    if angry:
        rp.append(P(rng.choice(C["fright"] if "fraud" in rcats else C["anger"]), None,
                    [] if "fraud" in rcats else ["complaint"]))
    late.append(T("customer", rp, sent, raised=angry and rng.random() < 0.35))
    reply = empathy_pieces(x, faults, rng) if angry else []
    if "angry_caller/no_blame" in faults:
        reply.append(P(f(g["blame"]), "blame"))
    if "forbidden/rude" in faults:
        reply.append(P(f(g["rude"]), "rude"))
    if not reply:
        reply = [P(f(rng.choice(C["noempathy"])))]
    intr = angry and "angry_caller/no_interrupting_angry_customer" in faults
    late.append(T("agent", reply + [P(f(rng.choice(C["hold"])))], interrupt=intr))
    rs = [P(f(nxt))]
    if "forbidden/profanity" in faults or STRICT in faults:
        rs.insert(0, P(rng.choice(g["swear"]), "swear", keep=True))
    late.append(T("agent", rs, hold=True))
    late.append(T("customer", [P(x.cust(rng.choice(C["ack"])))], opt=2))
    padpos = len(late)
    if "forbidden/no_card_readback" in faults:
        card, cvv = card_digits(rng)
        late.append(T("agent", [P(f(C["card_ask"]))]))
        late.append(T("customer", [P(f(C["cust_card"], card=card), keep=True)]))
        late.append(T("agent", [P(f(rng.choice(C["card_back"]), card=card, cvv=cvv),
                                  "card", keep=True)]))
    if not rec_f and con_f and rng.random() < 0.5:
        late.append(T("agent", [P(f(C["consent_late"]), "consent")], min_start=93))
        late.append(T("customer", [P(x.cust(rng.choice(C["cust_yes"])))]))
        x.decoys.append("consent_after_window")
    if rec_f and rng.random() < 0.5:
        late.append(T("agent", [P(f(C["rec_late"]), "rec")], min_start=63))
        late.append(T("customer", [P(x.cust(rng.choice(C["cust_yes"])))]))
        x.decoys.append("recording_after_window")
    close = [T("agent", [P(f(C["ob_anyelse"]))], opt=6),
             T("customer", [P(x.cust(rng.choice(C["cust_no"])))], opt=6),
             T("agent", [P(f(rng.choice(C["ob_close"])))]),
             T("customer", [P(rng.choice(C["cust_bye"]))], "positive")]
    nseg = len(turns) + len(late) + len(close)
    while nseg < seg_target - 1 and pads:
        late[padpos:padpos] = pads.pop()
        nseg += 2
    return trim(turns + late + close, seg_target)


def trim(turns, target):
    top = 15 if target <= 15 else 34
    for k in (6, 5, 4, 3, 2, 1):
        if sum(1 for t in turns if "spk" in t) <= top:
            break
        turns = [t for t in turns if t.get("opt") != k]
    return turns


# ---------------------------------------------------------------- timing


def place(turns, rng):
    """Give each word a time (in centiseconds); return segments and piece starts."""
    segs = []
    t = 30 + rng.randint(0, 120)
    prev = None
    for tu in turns:
        if "silence" in tu:
            t = int(tu["silence"] * 100)
            continue
        gap = rng.randint(35, 125)
        start = t + gap
        if tu.get("hold"):
            start = t + rng.randint(600, 3000)
        if tu.get("min_start"):
            start = max(start, int(tu["min_start"] * 100) + rng.randint(50, 300))
        intr = None
        if tu.get("interrupt") and prev is not None and prev["speaker"] != tu["spk"]:
            pw = prev["_w"]
            if len(pw) >= 4:
                k = rng.randint(max(1, len(pw) - 3), len(pw) - 1)
                start = pw[k][0] + rng.randint(5, 20)
                start = min(start, prev["_end"] - 25)
                intr = start
        speed = 0.8 if tu.get("fast") else 1.0
        words = []
        cur = start
        for p in tu["pieces"]:
            toks = p["text"].split(" ")
            p["start"] = cur / 100.0
            for tok in toks:
                dur = int((16 + 4.5 * len(tok) + rng.randint(0, 10)) * speed)
                dur = max(16, min(60, dur))
                words.append([cur, cur + dur, tok])
                cur += dur + rng.randint(3, 12)
            cur += rng.randint(8, 25)
        end = words[-1][1]
        seg = {"speaker": tu["spk"], "_w": words, "_start": words[0][0], "_end": end,
               "_turn": tu, "_intr": intr, "_over": (prev["_end"] - start) if intr else 0}
        segs.append(seg)
        t = max(end, prev["_end"] if prev and intr else end)
        prev = seg
    return segs


# ---------------------------------------------------------------- truth


def compute_truth(direction, lang, segs, end):
    tags = {}
    for s in segs:
        if s["speaker"] != "agent":
            continue
        for p in s["_turn"]["pieces"]:
            if p["tag"]:
                tags.setdefault(p["tag"], []).append(p["start"])
    first = {k: min(v) for k, v in tags.items()}

    def within(tag, lo, hi):
        return any(lo < x < hi for x in tags.get(tag, []))
    tr = dict.fromkeys(KEYS, "not_applicable")
    pf = {True: "pass", False: "fail"}
    last = end - 25
    if direction == "inbound":
        tr["inbound/greeting"] = pf[within("greet", -1, 20)]
        tr["inbound/company_name"] = pf[within("comp", -1, 20)]
        tr["inbound/self_intro"] = pf[within("name", -1, 30)]
        tr["inbound/offer_help"] = pf[within("offer", -1, 45)]
        tr["inbound/confirm_problem"] = pf["confirm" in tags]
        tr["inbound/resolution"] = pf["resol" in tags]
        tr["inbound/anything_else"] = pf["anyelse" in tags]
        tr["inbound/thanks"] = pf[within("cthanks", last, 1e9)]
        tr["inbound/goodbye"] = pf[within("bye", last, 1e9)]
        if tr["inbound/greeting"] == "pass" and tr["inbound/resolution"] == "pass":
            tr["inbound/greeting_before_resolution"] = pf[first["resol"] > first["greet"]]
        if tr["inbound/thanks"] == "pass" and tr["inbound/goodbye"] == "pass":
            th = min(x for x in tags["cthanks"] if x > last)
            by = min(x for x in tags["bye"] if x > last)
            tr["inbound/thanks_before_goodbye"] = pf[th < by]
    else:
        tr["outbound/identify_self"] = pf[within("name", -1, 30)]
        tr["outbound/identify_company"] = pf[within("comp", -1, 30)]
        tr["outbound/purpose"] = pf[within("purpose", -1, 60)]
        tr["outbound/recording_disclosure"] = pf[within("rec", -1, 60)]
        if tr["outbound/recording_disclosure"] == "pass":
            tr["outbound/consent"] = pf[within("consent", -1, 90)]
    neg = [s for s in segs if s["speaker"] == "customer" and s["_turn"]["sent"] == "negative"]
    if neg:
        a = neg[0]["_start"] / 100.0
        tr["angry_caller/empathy"] = pf[within("empathy", a - 0.001, a + 20)]
        bad = any(s["_intr"] is not None and s["speaker"] == "agent" and any(
            n["_start"] <= s["_intr"] < n["_end"] for n in neg) for s in segs)
        tr["angry_caller/no_interrupting_angry_customer"] = pf[not bad]
    tr["angry_caller/no_blame"] = pf["blame" not in tags]
    tr["forbidden/profanity"] = pf["swear" not in tags]
    if lang == "vi":
        tr[STRICT] = pf["swear" not in tags]
    tr["forbidden/rude"] = pf["rude" not in tags]
    tr["forbidden/no_card_readback"] = pf["card" not in tags]
    edges = {"greet": [20], "comp": [20, 30], "name": [30], "offer": [45], "purpose": [60],
             "rec": [60], "consent": [90], "cthanks": [last], "bye": [last],
             "midthanks": [last - 2], "empathy": []}
    if neg:
        edges["empathy"] = [neg[0]["_start"] / 100.0 + 20]
    near = False
    for k, xs in tags.items():
        for x in xs:
            if any(abs(x - e) < 2.0 for e in edges.get(k, [])):
                near = True
    for s in segs:
        if s["speaker"] == "agent" and any(p["tag"] for p in s["_turn"]["pieces"]):
            st = s["_start"] / 100.0
            for p in s["_turn"]["pieces"]:
                for e in edges.get(p["tag"] or "", []):
                    if (st < e) != (p["start"] < e):
                        near = True
    if any(x > last - 3 for x in tags.get("midthanks", [])):
        near = True
    return tr, near


# ---------------------------------------------------------------- independent text check

KW = {
    "en": {"greet": ["hello", "hi", "hiya", "good morning", "good afternoon", "good evening",
                     "morning", "welcome"],
           "comp": ["acme", "acne", "ackney", "acmy"],
           "offer": ["help", "assist", "what can i do", "sort out"],
           "thanks": ["thank", "thanks", "cheers"],
           "bye": ["bye", "goodbye", "have a", "take care", "enjoy"],
           "anyelse": ["anything else"],
           "rec": ["record", "recorded", "recording"],
           "empathy": ["sorry", "understand", "apologise", "frustrating", "annoyed"]},
    "vi": {"greet": ["chào", "alô"],
           "comp": ["abc", "ây bi xi", "a bờ cờ"],
           "offer": ["giúp", "hỗ trợ", "cần gì"],
           "thanks": ["cảm ơn", "cám ơn"],
           "bye": ["chào", "tạm biệt", "chúc"],
           "anyelse": ["gì khác", "gì nữa", "thêm gì", "gì thêm"],
           "rec": ["ghi âm"],
           "empathy": ["xin lỗi", "hiểu", "thông cảm", "tiếc"]},
}


def text_check(row):
    errs = []
    lang = row["language"]
    kw = KW[lang]
    tr = row["truth"]
    segs = row["segments"]
    end = segs[-1]["end"]
    agent_words = [(w[0], norm(w[2])) for s in segs if s["speaker"] == "agent"
                   for w in s["words"]]

    def found(kind, lo, hi):
        toks = [t for (st, t) in agent_words if lo <= st < hi]
        return any(has_phrase(toks, k) for k in kw[kind])
    inbound = row["metadata"]["direction"] == "inbound"
    win = 21 if inbound else 31
    if tr["inbound/greeting"] == "fail" and found("greet", 0, 21):
        errs.append("greet word")
    if "fail" in (tr["inbound/company_name"], tr["outbound/identify_company"]) and \
            found("comp", 0, win):
        errs.append("company word")
    name = row["metadata"]["agent_name"].split(" ")
    given = norm(name[-1] if lang == "vi" else name[0])
    if "fail" in (tr["inbound/self_intro"], tr["outbound/identify_self"]) and \
            any(toks_match(t, given) for st, t in agent_words if st < 31):
        errs.append("name said")
    if tr["inbound/offer_help"] == "fail" and found("offer", 0, 46):
        errs.append("offer word")
    if tr["inbound/thanks"] == "fail" and found("thanks", end - 26, 1e9):
        errs.append("thanks word")
    if tr["inbound/goodbye"] == "fail" and found("bye", end - 26, 1e9):
        errs.append("bye word")
    if tr["inbound/anything_else"] == "fail" and found("anyelse", 0, 1e9):
        errs.append("anything else word")
    if tr["outbound/recording_disclosure"] == "fail" and found("rec", 0, 61):
        errs.append("record word")
    if tr["inbound/thanks_before_goodbye"] == "fail":
        lw = [(st, t) for st, t in agent_words if st > end - 25]
        tt = [st for st, t in lw if any(has_phrase([t], k) for k in ["thank", "cảm", "cám"])]
        bt = [st for st, t in lw if any(has_phrase([t], k) for k in
                                        ["bye", "have", "take", "chúc", "chào"])]
        if not (tt and bt and min(bt) < min(tt)):
            errs.append("tbg order")
    neg = [s for s, lab in zip(segs, row["sentiment"], strict=True)
           if s["speaker"] == "customer" and lab == "negative"]
    if tr["angry_caller/empathy"] == "fail":
        a = neg[0]["start"]
        if found("empathy", a, a + 21):
            errs.append("empathy word")
    if (tr["angry_caller/empathy"] == "not_applicable") != (not neg):
        errs.append("anger n/a")
    swear = any(t in SWEAR_EN for st, t in agent_words) if lang == "en" else \
        any(w[2].lower().strip(",.?!") in STRICT_VI for s in segs if s["speaker"] == "agent"
            for w in s["words"])
    if swear != (tr["forbidden/profanity"] == "fail"):
        errs.append("swear mismatch")
    if lang == "vi" and swear != (tr[STRICT] == "fail"):
        errs.append("strict mismatch")
    card = False
    for s in segs:
        if s["speaker"] != "agent":
            continue
        run = 0
        for w in s["words"]:
            d = norm(w[2])
            run = run + len(d) if d.isdigit() else 0
            if run >= 12:
                card = True
        low = [norm(w[2]) for w in s["words"]]
        if ("security" in low or "cvv" in low) and any(x.isdigit() and len(x) == 3 for x in low):
            card = True
    if card != (tr["forbidden/no_card_readback"] == "fail"):
        errs.append("card mismatch")
    bad = False
    for it in row["metrics"]["interruptions"]:
        if it["speaker"] == "agent" and any(n["start"] <= it["start_s"] < n["end"] for n in neg):
            bad = True
    if neg and bad != (tr["angry_caller/no_interrupting_angry_customer"] == "fail"):
        errs.append("interrupt mismatch")
    return errs


def struct_check(row):
    errs = []
    if list(row["truth"]) != KEYS:
        errs.append("keys")
    if sorted(k for k, v in row["truth"].items() if v == "fail") != sorted(row["faults"]):
        errs.append("faults")
    segs = row["segments"]
    if len(row["sentiment"]) != len(segs):
        errs.append("sentiment len")
    prev_start = -1
    intr_starts = {round(i["start_s"], 2) for i in row["metrics"]["interruptions"]}
    for i, s in enumerate(segs):
        if " ".join(w[2] for w in s["words"]) != s["text"] or "" in s["text"].split(" "):
            errs.append("text")
        if s["start"] < prev_start:
            errs.append("order")
        prev_start = s["start"]
        lt = s["start"]
        for w in s["words"]:
            if not (s["start"] <= w[0] < w[1] <= s["end"]) or w[0] < lt:
                errs.append("word time")
            lt = w[1]
            for v in w[:2]:
                if abs(v * 100 - round(v * 100)) > 1e-6:
                    errs.append("grid")
        if i and s["start"] < max(x["end"] for x in segs[:i]) and s["start"] not in intr_starts:
            errs.append("overlap")
    for rv in row["metrics"]["raised_voice"]:
        if not any(s["speaker"] == "customer" and lab == "negative" and
                   s["start"] <= rv["start_s"] < rv["end_s"] <= s["end"]
                   for s, lab in zip(segs, row["sentiment"], strict=True)):
            errs.append("raised voice")
    if not 50 <= segs[-1]["end"] <= 240:
        errs.append("length")
    return errs


# ---------------------------------------------------------------- row


def make_row(idx, lang, direction, faults, scen, angry, long_call, agent, style, profile,
             queue, g, rng):
    x = Ctx(lang, rng, agent, style, profile)
    target = rng.randint(22, 32) if long_call else rng.randint(10, 15)
    if direction == "inbound":
        turns = build_inbound(x, faults, scen, angry, target, rng, g)
    else:
        turns = build_outbound(x, faults, scen, angry, target, rng, g)
    level = rng.choice([0, 1, 1, 2, 2, 3])
    if style == "minh_youth":
        swap = {"em": "mình", "Em": "Mình"}
        for tu in turns:
            if tu.get("spk") == "agent":
                for p in tu["pieces"]:
                    if not p["keep"]:
                        p["text"] = " ".join(swap.get(w, w) for w in p["text"].split(" "))
    noised = 0
    for tu in turns:
        if "spk" in tu:
            before = [p["text"] for p in tu["pieces"]]
            apply_noise(tu, lang, rng, level)
            noised += before != [p["text"] for p in tu["pieces"]]
        if tu.get("decoy"):
            x.decoys.append(tu["decoy"])
    segs = place(turns, rng)
    end = max(s["_end"] for s in segs) / 100.0
    truth, near = compute_truth(direction, lang, segs, end)
    n = len(segs)
    if near or not (50 <= end <= 240):
        WHY["near/len"] += 1
        return None
    if long_call and not 21 <= n <= 34 or not long_call and not 9 <= n <= 15:
        WHY["nseg"] += 1
        return None
    planned = set()
    for k in faults:
        planned.add(k)
        if k == STRICT:
            planned.add("forbidden/profanity")
    fails = sorted(k for k, v in truth.items() if v == "fail")
    if set(fails) != planned:
        WHY["fails " + " ".join(sorted(set(fails) ^ planned))] += 1
        return None
    if angry != any(s["_turn"]["sent"] == "negative" for s in segs):
        WHY["anger"] += 1
        return None
    order = sorted(range(n), key=lambda i: (segs[i]["_start"], i))
    segs = [segs[i] for i in order]
    out_segs, sentiment, intrs, rv = [], [], [], []
    cats = set()
    for s in segs:
        tu = s["_turn"]
        words = [[w[0] / 100.0, w[1] / 100.0, w[2]] for w in s["_w"]]
        out_segs.append({"speaker": s["speaker"], "start": words[0][0], "end": words[-1][1],
                         "text": " ".join(w[2] for w in words), "words": words})
        sentiment.append(tu["sent"])
        if s["speaker"] == "customer":
            for p in tu["pieces"]:
                cats.update(p.get("cats", []))
        if s["_intr"] is not None:
            other = "customer" if s["speaker"] == "agent" else "agent"
            intrs.append({"speaker": s["speaker"], "interrupted": other,
                          "start_s": s["_intr"] / 100.0, "overlap_s": s["_over"] / 100.0})
        if tu.get("raised") and tu["sent"] == "negative":
            a = words[0][0] + 0.3
            b = min(words[-1][1], a + rng.uniform(1.5, 3.5))
            rv.append({"speaker": "customer", "start_s": round(a, 2), "end_s": round(b, 2),
                       "above_median_db": round(rng.uniform(7.5, 14.0), 1)})
    if any(i["speaker"] == "customer" for i in intrs):
        x.decoys.append("customer_talks_over_agent")
    mood = "angry" if angry else "calm"
    sid = f"{lang}-{SPLIT}-{idx:03d}"
    row = {
        "id": sid, "split": SPLIT, "language": lang,
        "metadata": {"direction": direction, "queue": queue, "agent_name": agent,
                     "language": lang},
        "faults": fails,
        "decoys": sorted(set(x.decoys)),
        "context": f"{direction}/{scen[0]}; {profile}; {style}; "
                   f"{'long' if long_call else 'short'} call; noise {level}; {mood}",
        "segments": out_segs, "sentiment": sentiment,
        "metrics": {"speaker_separated": True, "interruptions": intrs, "raised_voice": rv},
        "truth": truth, "categories": sorted(cats),
    }
    errs = struct_check(row) + text_check(row)
    if errs:
        WHY["check " + errs[0]] += 1
        return None
    return row, noised


QUEUES = {"en": {"inbound": ["cards", "payments", "accounts", "lending", "fraud_desk"],
                 "outbound": ["collections", "retention", "fraud_outreach"]},
          "vi": {"inbound": ["the", "thanh_toan", "tai_khoan", "vay", "chong_gian_lan"],
                 "outbound": ["thu_no", "cham_soc", "xac_minh"]}}


def build():
    rng = random.Random(SEED)
    rows = []
    draws = 0
    for lang, base in (("en", 0), ("vi", 150)):
        C = EN if lang == "en" else VI
        plan = plan_faults(lang, rng)
        order = list(range(150))
        rng.shuffle(order)
        longs = set(rng.sample(range(150), 50))
        angry_need = {c for c in range(150) if any(
            k in plan[c] for k in ("angry_caller/empathy",
                                   "angry_caller/no_interrupting_angry_customer"))}
        rest = [c for c in range(150) if c not in angry_need]
        angry = angry_need | set(rng.sample(rest, 34 - len(angry_need)))
        inb = C["inbound"][:]
        outb = C["outbound"][:]
        rng.shuffle(inb)
        rng.shuffle(outb)
        blames = C["blame"][:]
        rudes = C["rude"][:]
        swears = C["swear"][:]
        rng.shuffle(blames)
        rng.shuffle(rudes)
        rng.shuffle(swears)
        ib = ob = 0
        for pos, c in enumerate(order):
            direction = "inbound" if c < 110 else "outbound"
            faults = plan[c]
            if direction == "inbound":
                scen = inb[ib % len(inb)]
                ib += 1
            else:
                scen = outb[ob % len(outb)]
                ob += 1
            g = {"blame": blames.pop() if "angry_caller/no_blame" in faults else "",
                 "rude": rudes.pop() if "forbidden/rude" in faults else "",
                 "swear": [swears.pop()] if ("forbidden/profanity" in faults
                                              or STRICT in faults) else []}
            agent, style = C["agents"][(pos * 7 + c) % 16]
            profile = C["speakers"][(pos * 3 + c) % len(C["speakers"])]
            queue = QUEUES[lang][direction][c % len(QUEUES[lang][direction])]
            row = None
            crng = random.Random(f"{SEED}-{lang}-{c}")
            for _ in range(3000):
                draws += 1
                got = make_row(base + pos, lang, direction, faults, scen, c in angry,
                               c in longs, agent, style, profile, queue, g, crng)
                if got:
                    row, n = got
                    NOISE[0] += n
                    NOISE[1] += len(row["segments"])
                    break
            if row is None:
                raise SystemExit(f"could not draw {lang} call {c} {faults} {style} {WHY}")
            rows.append(row)
    return rows, draws


def dump(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def tables(rows):
    lines = ["| rule | en fail | en pass | en n/a | vi fail | vi pass | vi n/a |",
             "|---|---|---|---|---|---|---|"]
    for k in KEYS:
        cells = []
        for lang in ("en", "vi"):
            for v in ("fail", "pass", "not_applicable"):
                cells.append(str(sum(1 for r in rows if r["language"] == lang
                                     and r["truth"][k] == v)))
        lines.append(f"| {k} | " + " | ".join(cells) + " |")
    lines += ["", "| category | en | vi | total |", "|---|---|---|---|"]
    for c in CATS + ["(none)"]:
        n = [sum(1 for r in rows if r["language"] == lang and (
            c in r["categories"] if c != "(none)" else not r["categories"]))
            for lang in ("en", "vi")]
        lines.append(f"| {c} | {n[0]} | {n[1]} | {n[0] + n[1]} |")
    nf = [len(r["faults"]) for r in rows]
    lines.append("")
    lines.append("Faults per call: " + ", ".join(f"{k} in {nf.count(k)}" for k in range(4)))
    return "\n".join(lines)


def validate(rows):
    assert len(rows) == 300
    for lang in ("en", "vi"):
        rs = [r for r in rows if r["language"] == lang]
        assert sum(r["metadata"]["direction"] == "inbound" for r in rs) == 110
        for k in KEYS:
            nf = sum(r["truth"][k] == "fail" for r in rs)
            if k == STRICT:
                assert nf == (0 if lang == "en" else 10), k
            else:
                assert nf >= 9, (lang, k, nf)
    for k in KEYS:
        assert sum(r["truth"][k] == "pass" for r in rows) >= 40 or k == STRICT, k
    assert sum(r["truth"][STRICT] == "pass" for r in rows) >= 40
    assert sum(not r["faults"] for r in rows) >= 40
    for c in CATS:
        assert sum(c in r["categories"] for r in rows) >= 15, c
    for r in rows:
        assert len(r["faults"]) <= 3
        n = len(r["segments"])
        assert 9 <= n <= 15 or 21 <= n <= 34
        assert not struct_check(r) and not text_check(r), r["id"]


def main():
    rows, draws = build()
    validate(rows)
    text = dump(rows)
    if "--check" in sys.argv:
        same = OUT.read_text(encoding="utf-8") == text
        print(tables(rows))
        print("check:", "identical" if same else "DIFFERENT")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(tables(rows))
    print(f"draws: {draws}; noised segments {NOISE[0]}/{NOISE[1]}; wrote {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
