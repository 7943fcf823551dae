"""Site chrome: lines a scraper picks up that are not part of the article.

Each pattern is a regular expression matched against a whole stripped line,
case-insensitively. `config.yaml`'s `chrome_patterns` (and an outlet's own
`chrome_patterns` under `outlets:`) add to this list; nothing here is outlet-specific
code, so a new outlet's chrome is a config change, not a code change.

Patterns must match whole lines so that a body paragraph that merely mentions cookies
or newsletters is kept; only the prompt itself is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

DEFAULT_CHROME_PATTERNS: tuple[str, ...] = (
    # Comment boxes and their counters.
    r"To write comments, please log in.*",
    r"Standards Board Policy.*",
    r"(?:\d+\s*)?comments?(?:\s*\(\d+\))?|(?:leave|write|post|view|show) (?:a |all )?comments?.*",
    # (a closed box says so where its comments would be)
    r"comments?\s+(?:are|is|have\s+been)\s+(?:now\s+)?(?:closed|disabled|turned\s+off)\b.{0,40}",
    r"댓글\s*\d*.*|댓글\s*(?:쓰기|달기|보기)",
    r"\(?\d+\s*/\s*\d+\s*자\)?",
    # Share, like, scrap, print and font-size buttons.
    r"좋아요\s*\d*|싫어요\s*\d*|추천\s*\d*|공감\s*\d*",
    r"(?:기사\s*)?(?:공유하기|공유|스크랩|저장|보내기|듣기|인쇄|프린트|북마크)(?:하기)?",
    r"구독하기|구독|구독\s*중|언론사\s*구독.*",
    r"페이스북|트위터|카카오톡|카카오스토리|네이버\s*밴드|밴드|라인|URL\s*복사(?:하기)?|URL이\s*복사되었습니다\.?",
    r"글자\s*크기.*|(?:본문\s*)?글씨\s*크기.*|(?:가\s*){2,}|본문\s*듣기.*|음성\s*재생.*",
    r"(?:share(?: this(?: article| story)?)?(?: on| via| to)?\s*)?"
    r"(?:facebook|twitter|x|linkedin|whatsapp|telegram|reddit|kakao(?:talk|story)?|naver|band|e-?mail)?",
    r"copy (?:link|url)|(?:link )?copied!?|print(?: this article)?|tweet|save(?: article)?|bookmark"
    r"|listen(?: to)?(?: this)? (?:article|story).*|\d+\s*min(?:ute)?s?\s*read|\d[\d,]*\s*(?:views?|shares?)",
    # Page furniture and Korean UI strings.
    r"닫기|맨\s*위로|(?:이전|다음)\s*기사.*|로그인.*|회원\s*가입|광고",
    r"ad|advertisement|sponsored|back to top|top",
    # where an advertisement or a player sits between the paragraphs: 'Story continues below.'
    r"(?:the\s+)?(?:story|article|text|report)\s+continues\s+(?:below|after\s+(?:the\s+)?(?:ad|advertisement|video))\.?"
    r"|continue\s+reading\s+below\.?",
    # a note on where the writers reported from, under the byline: 'Elena Varga reported from
    # Alzira, Spain, and Tomas Ruiz from Madrid.'
    r"(?-i:[A-Z][\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]+){1,2})\s+reported\s+from\s+[^.]{2,100}\.",
    # a topic's follow prompt over the story: 'Don't miss out on the headlines from Melbourne
    # crime. Followed categories will be added to My News.'
    r"don['\u2019]?t\s+miss\s+out\s+on\s+the\s+(?:latest\s+)?(?:headlines|news|stories)\s+from\s+[^.]{2,60}\."
    r"(?:\s+followed\s+(?:categories|topics)\s+will\s+be\s+added\s+to\s+[^.]{2,30}\.?)?",
    # (a blogging platform's button over the blog's name: '카테고리 이동 X 공식 블로그')
    r"카테고리\s*이동(?:\s.{0,40})?",
    r"기사\s*(?:원문|목록|제보|검색).*|제보하기.*|카카오톡\s*제보.*|무료\s*구독.*|앱\s*(?:설치|다운로드).*",
    r"(?:skip|jump) to (?:main )?content|menu|search|home|뉴스\s*홈|홈으로|전체\s*메뉴|검색",
    # Photo captions and credits.
    r".*\[(?-i:[A-Z][A-Z0-9 .,&'/-]{1,40})\]",
    r"\(?(?:photo|image|graphic|video|illustration|courtesy)s?\s*(?:by|credit|courtesy(?: of)?|:|=|/).*",
    # 'Photographs by Lee Jae-won for Tidewater Quarterly', 'Illustrations by ...': a credit
    # for the pictures of a feature, a credit line and no sentence (no full stop ends it).
    r"(?:photographs?|photography|pictures?|illustrations|words\s+and\s+pictures)\s+(?:by|courtesy\s+of)\s+[^.]*",
    # ... and a design magazine's in a sentence after the story: 'The photography is by Kenji
    # Harada.', 'Images are courtesy of the studio, unless stated otherwise.'
    r"(?:the\s+)?(?:photographs?|photography|photos|pictures|images|renderings|renders)\s+(?:is|are)\s+"
    r"(?:by|courtesy\s+of)\s+[^.]{2,80}\.?",
    r".*\((?:photo|image|사진|자료사진|그래픽)\s*[:=/].*\)",
    # A broadcaster's picture labels, each a line: 'Image source, Getty Images', 'Image
    # caption, Blossom damaged by frost', 'Media caption, ...'.
    r"(?:image|media|video|audio)\s+(?:caption|source)\s*,\s*.*",
    # A caption run into its credit: '... on Monday.Credit...Andrew Testa for The Daily Record'.
    r".{10,300}credit\s*(?:\.{2,3}|\u2026)\s*\S.{2,80}",
    r"[\[(<]?\s*(?:사진|자료\s*사진|그래픽|영상|이미지)\s*(?:=|:|제공|출처|설명).*",
    r"[▲△▶▷■□●◆◇▼▽☞].*",
    # ('The post on Tuesday. (Screenshot via Chatterbox)': a screen's picture, credited)
    r".*[\[(][^\[\]()]{0,30}(?:사진|그래픽|캡처|제공|photo|file photo|screenshot|screen ?grab)"
    r"[^\[\]()]{0,20}[\])]",
    r"(?:getty\s*images|shutterstock|reuters|ap|afp|epa|newsis|news1|yonhap|연합뉴스|뉴시스|뉴스1)"
    r"(?:\s*(?:photo|/|-|=).*)?",
    # Newsletter and cookie prompts.
    r"(?:get|receive|sign up for|subscribe to|join) (?:our|the) .{0,40}newsletters?.*",
    r"newsletters?|sign up|subscribe(?: now| today)?.{0,40}|(?:enter|type) your e-?mail(?: address)?.*",
    # (speed) The lookahead finds 'cookies' in one scan first: without it, every position of
    # every line was tried against the three openings (5 us a headline, the dearest pattern).
    r"(?=.*cookies).*\b(?:we|this (?:site|website)|our (?:site|website)) uses? cookies\b.*",
    r"(?:accept|reject|allow|manage|decline)(?: all)?(?: cookies)?|cookie (?:settings|preferences|policy).*",
    # a government site's consent banner: its heading, what it sets and why, and its buttons
    # ('Cookies on GOV.UK', 'We use a small number of essential cookies so that this website
    # can work.', 'We would also like to set analytics cookies ...', 'Some cookies are set by
    # other sites ...', 'Reject additional cookies', 'View cookies')
    r"cookies\s+on\s+\S.{0,40}",
    r"(?=.*cookies)we\s+(?:use|set|place)\s+(?:a\s+small\s+number\s+of\s+|some\s+)?"
    r"(?:essential|necessary|strictly\s+necessary|functional)\s+cookies\b.{0,200}",
    r"(?=.*cookies)we(?:'d|\u2019d|\s+would)\s+(?:also\s+)?like\s+to\s+(?:set|use)\b.{0,40}\bcookies\b.{0,200}",
    r"(?=.*cookies)some\s+cookies\s+are\s+set\s+by\s+other\s+(?:sites|services|websites)\b.{0,160}",
    r"(?:accept|reject|allow|decline)\s+(?:additional|optional|analytics|non-essential)\s+cookies|view\s+cookies",
    r"(?:ok|okay|got it|i agree|agree|dismiss)",
    r"뉴스레터.*(?:구독|신청|받아보기).*|.*쿠키.*(?:동의|사용|허용|설정).*",
    # Copyright lines (an outlet line right after the byline is read before this applies).
    r"(?:copyright|ⓒ|©|\(c\)).*|.*all rights reserved\.?|.*무단\s*전재.*|.*재배포\s*금지.*|<?\s*저작권자.*",
    # The heading of a summary box above the story ("Key points (AI-generated)", "AI 요약").
    r"(?:key (?:points|takeaways)|highlights|at a glance|in brief|summary|(?:ai\s*)?요약|핵심\s*요약)"
    r"(?:\s*\(.{1,20}\))?\s*:?",
    # A table of contents, its entries often run together ('On this pageWhat we foundWhat next').
    r"(?:on this page|in this (?:article|story|guide)|table of contents|jump to(?: section)?)\s*:?\s*"
    r"(?:(?-i:[A-Z0-9])[^.!?]*)?",
    # A teaser for another story under its label, between the paragraphs ('RELATED: Can a
    # smartwatch measure blood pressure?', 'Also read: ...').
    r"(?:related(?:\s+(?:story|article|coverage|reading))?|also\s+read|read\s+also|read\s+more|see\s+also"
    r"|more\s+on\s+this(?:\s+story)?|recommended(?:\s+reading)?|don'?t\s+miss|must\s+read)\s*:\s+\S.{3,140}",
    # A search engine's prompt a site prints under the byline: 'Add The Harbour Post as a
    # preferred source on Google'.
    r"add\s+.{2,40}?\s+as\s+(?:a\s+|your\s+)?preferred\s+source\b.{0,80}",
    # An interview's note on its editing ('This interview has been edited for length and clarity.').
    r"\(?(?:this|the\s+following)?\s*(?:interview|conversation|transcript|q\s*&\s*a|exchange|discussion"
    r"|responses|answers|remarks)\s+(?:has|have)\s+been\s+(?:lightly\s+|slightly\s+)?(?:edited|condensed).{0,60}",
    # A player's or a widget's placeholder, and a reactions box's question.
    # (a blog's like button run into its counter's placeholder: 'Like' and 'Loading')
    r"(?:like\s+)?loading(?:\.{1,3}|\u2026)?|please wait(?:\.{1,3}|\u2026)?",
    r"closed captions? (?:are|is) available\b.*|press the cc button\b.*",
    r"how (?:does|did) this (?:article |story )?make you feel\??",
    r"(?:was|is|did) this (?:article|story|page|information|summary|deal|review|post|guide|answer)"
    r" (?:helpful|useful|help(?: you)?)\??.{0,20}",
    r"(?:이\s*)?(?:기사|글|정보|팩트체크|콘텐츠|내용|페이지|카드뉴스)[이가는은]?\s*도움이\s*되(?:었|셨)(?:나요|습니까)\??",
    # a card story's note on the text it gives for its pictures: '이미지가 보이지 않는 분들을 위해
    # 카드 내용을 글로 제공합니다.', 'For readers who cannot see the cards, their text follows.'
    r"(?:이미지|그림|사진|카드)[가-힣\s]{0,12}(?:보이지\s*않는|볼\s*수\s*없는)\s*분들?(?:을|께서는)?\s*위해\s*"
    r"[^.]{0,40}(?:제공합니다|제공해\s*드립니다|옮겼습니다|적었습니다)\.?",
    r"for\s+(?:readers|those|people|anyone)\s+who\s+(?:can(?:no|')t|cannot|do\s+not|don't)\s+see\s+the\s+"
    r"(?:images?|cards?|pictures?|slides?|graphics?)\b.{0,80}",
    # a notice board's words to its customers: its greeting, its apology and its promise, its
    # pointer to the call centre ('항상 X을 이용해 주시는 고객 여러분께 감사드립니다.', '고객
    # 여러분의 너른 양해를 부탁드립니다.', '... 문의는 고객센터(1577-1234)로 해 주시면 ...')
    r"(?:항상|늘)?\s*[^.]{0,30}(?:을|를)?\s*이용해\s*주시는\s*(?:고객|이용객|승객|회원)\s*여러분(?:께|들께)?\s*"
    r"(?:진심으로\s*|깊이\s*)?감사(?:드립니다|합니다)\.?",
    r"(?:고객|이용객|승객|회원)\s*여러분의\s*(?:너른\s*|깊은\s*|많은\s*)?(?:양해|이해)(?:와\s*협조)?(?:를|을)?\s*"
    r"(?:부탁드립니다|바랍니다|부탁드리며[^.]{0,60})\.?",
    r"[^.]{0,40}문의(?:는|사항은|하실\s*내용은)\s*[^.]{0,30}\(?\d{2,4}-\d{3,4}(?:-\d{4})?\)?[^.]{0,40}"
    r"(?:드리겠습니다|바랍니다|주세요)\.?",
    # a platform's pitch between the paragraphs: '지금 X에서 전문 변호사에게 무료로 질문해 보세요.
    # 평균 답변 시간 2시간.'
    r"지금\s+\S{1,20}에서\s+[^.!?]{2,60}(?:해\s*보세요|하세요|받아\s*보세요)[.!]?(?:\s+[^.!?]{1,40}[.!]?)?",
    r"(?:do|did) you (?:like|enjoy) (?:the content of )?this (?:article|story)\??",
    r"rate this (?:article|story)\.?",
    # E-mail-protection placeholders left where an address was.
    r"\[?\[?email\s*protected\]?\]?",
    # A sign-up box's own lines: its note on the data ('We use your sign-up to send you the
    # content you asked for ...'), its thanks and its error message.
    r"we\s+use\s+your\s+sign[- ]?up\s+to\b.{0,200}",
    r"thank\s+you\s+for\s+(?:subscribing|signing\s+up)[.!]?.{0,80}",
    # a video player's notice before its ad: '동영상 시청 전 광고가 재생될 수 있습니다.'
    r"(?:동영상|영상)\s*(?:시청|재생)\s*전\s*광고가\s*(?:재생|노출)될\s*수\s*있습니다\.?",
    # an AI summary's note: '전체 맥락을 이해하려면 기사 본문을 함께 읽어 주세요.'
    r".{0,40}(?:기사\s*)?(?:본문|원문)을\s*(?:함께\s*)?(?:읽어|확인해)\s*주세요\.?",
    # the site's maker in the footer: 'Website by Boyne Digital', 'Site design by X'
    r"(?:website|web\s*site|site|web\s+design|site\s+design)\s+(?:design\s+)?by\s+.{2,40}",
    # a chat app's note on a shared message: '동해바다신문 속보 에서 전달됨' (forwarded from)
    r".{1,40}\s*에서\s*전달됨",
    # a form's captcha notice: 'This site is protected by reCAPTCHA and the Google Privacy
    # Policy and Terms of Service apply.'
    r"this\s+(?:site|page|form)\s+is\s+protected\s+by\s+(?:re)?captcha\b.{0,120}",
    # a form's own messages, printed in the page whatever state the form is in
    r"(?:sorry,?\s+)?(?:there\s+(?:seems?\s+to\s+be|was|were|has\s+been)\s+(?:some|an?)\s+(?:issues?|problems?|errors?)"
    r"|something\s+went\s+wrong|an\s+error\s+(?:has\s+)?occurred)[.!,]?(?:\s*please\s+try\s+again(?:\s+later)?[.!]?)?",
    r"(?:submitting|sending|loading|processing|please\s+wait)(?:\.{1,3}|\u2026)",
    # a sign-up form's answers and promise ('Email sent! Check your inbox to complete your
    # signup.', 'Great! Check your inbox and click the link.', 'No spam. Unsubscribe anytime.')
    r"(?:(?:e-?mail\s+sent|great|success|almost\s+there)[!.]\s+)?check\s+your\s+(?:inbox|e-?mail)\b.{0,100}",
    # a reader app's note on its own view ('Lite View shows a simplified version of this
    # story. Open the original page for photos, video and comments.')
    r"[^.]{0,60}\b(?:simplified|text-only|lite|light)\s+version\s+of\s+(?:this|the)\s+(?:story|article|page)\b.{0,160}",
    r"(?:open|view|see)\s+the\s+(?:original|full)\s+(?:page|article|story|version)\b.{0,120}",
    # a comment board's rules, a title and a sentence each ('Keep it clean. Please avoid
    # ...', 'Be truthful. ...', 'PLEASE TURN OFF YOUR CAPS LOCK.')
    r"(?:keep\s+it\s+clean|be\s+(?:truthful|honest|nice|kind|proactive|respectful|civil|polite)|no\s+threats"
    r"|don'?t\s+threaten|share\s+with\s+us)[.!]\s+.{0,200}",
    r"please\s+(?:turn\s+off\s+your\s+caps\s+lock|don'?t\s+type\s+in\s+all\s+caps)[.!]?",
    # a writer's place under the byline, a label of its own ('Reporting from Saguaro Flats, Ariz.')
    r"reporting\s+from\s+(?-i:[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})"
    r"(?:,\s+(?-i:[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)?))?",
    # a data site's pointer to its app ('See this visualization first on the Mosaic app.')
    r"(?:see|view|check\s+out|explore)\s+this\s+(?:visuali[sz]ation|graphic|chart|map)\b.{0,60}?\bon\s+the\s+.{2,40}?\s+app\b.{0,120}",
    # a badge's alt text beside a writer's name ('Verified Townline Staff Badge')
    r"verified\s+.{2,40}?\s+badge",
    # a shop link's disclosure ('If you buy something from a Bitstream link, X may earn a
    # commission.') and a narrated article's note on its synthetic voice
    r"if\s+you\s+buy\s+something\s+(?:from|through)\s+an?\s+.{2,60}?\s+link,.{0,200}",
    r"the\s+audio\s+version\s+of\s+this\s+(?:article|story)\s+is\s+(?:generated|produced|created)\s+"
    r"(?:by|with|using)\s+.{2,200}",
    # a Trust Project label and its definition ('Content-Type: News Based on facts, either
    # observed and verified directly by the reporter, or reported and verified from ...')
    r"content[- ]type\s*:\s*(?:news|opinion|analysis|explainer|interview|review|commentary|sponsored|"
    r"press\s+release|fact[- ]check)\b.{0,240}",
    # a public broadcaster's underwriting spot ('Support for KXYZ News comes from ...')
    r"support\s+for\s+.{2,60}?\s+(?:comes|is\s+provided)\s+(?:from|by)\b.{0,200}",
    r"a\s+welcome\s+e-?mail\s+is\s+on\s+its\s+way\b.{0,120}",
    # a member drive's asks ('Can't afford to donate? Support X by creating a free account',
    # 'Consider supporting X starting at $2 to help us ...')
    r"can'?t\s+afford\s+to\s+(?:donate|give|pay)\?.{0,160}",
    r"consider\s+supporting\s+.{2,60}?\s+(?:starting\s+at|for\s+as\s+little\s+as|with\s+a\s+(?:gift|donation))\b.{0,200}",
    r"no\s+spam[.,!]?\s+(?:ever[.!]?\s+)?unsubscribe\s+(?:at\s+)?any\s*time[.!]?",
    r"you\s+may\s+(?:occasionally\s+|also\s+)?receive\s+promotional\s+(?:content|offers|messages|e-?mails?)\b.{0,80}",
    r"something\s+went\s+wrong,?\s+please\s+try\s+again(?:\s+later)?[.!]?",
    # a government site's note on itself at its foot ('This is the official website of the
    # U.S. Embassy in X. Links to outside sites are not an endorsement of their views ...')
    r"this\s+is\s+(?:the|an)\s+official\s+(?:web\s*site|site|page)\s+of\s+.{2,80}?\.(?=\s|$).{0,240}",
    # a chart's alt text, printed where the picture was ('A bar chart ranking the 10 countries ...')
    r"an?\s+(?:(?:horizontal|vertical|stacked|grouped)\s+)?(?:bar|line|pie|column|area|donut|scatter)\s+"
    r"(?:chart|graph|plot)\s+(?:ranking|showing|comparing|of|that|illustrating|depicting|tracking)\b.{10,240}",
    # a player's fallback and its app pointer ('Your browser does not support the <audio>
    # element.', 'Enjoy more audio and podcasts on iOS or Android.')
    r"your\s+browser\s+does\s+not\s+support\s+the\s+(?:<\s*)?(?:audio|video)(?:\s*>)?(?:\s+(?:element|tag))?\.?",
    r"enjoy\s+more\s+audio\s+and\s+podcasts\s+on\s+ios\s+or\s+android\.?",
    # an event's promo between the paragraphs ('Join us at the Fathom Asia Summit in Singapore
    # on Nov. 11-12, where ... Register here.') and a column service's trial pitch
    r"join\s+us\s+(?:at|for)\s+(?:the\s+)?[^.!?]{2,80}?\b(?:summit|conference|forum|festival|webinar|awards)\b.{0,240}",
    r"for\s+more\s+insights\s+like\s+these,?\s+click\s+here\b.{0,100}",
    # a saved-story toast ('To revisit this article, visit My Profile, then View saved stories.')
    r"to\s+revisit\s+this\s+(?:article|story),?\s+(?:visit|go\s+to|select|open)\b.{0,100}",
    # a link to the site's earlier piece under a music or arts story ("Revisit Resonance's
    # review of Glasshouse Weather.", 'Revisit our 2019 interview with the band.')
    r"revisit\s+(?:our|[\w&.' \u2019-]{2,40}?['\u2019]s)\s+(?:\d{4}\s+)?(?:album\s+)?"
    r"(?:review|interview|profile|feature|coverage|cover\s+story|premiere)\b[^.!?]{0,80}[.!]?",
    # a site's verdict box under a rumour or a review ("TransferTrail's verdict: A January move
    # is possible, ...", 'Our verdict: ...', 'Transfer rumour rating: 3/5')
    r"(?:our|[\w&.-]{2,30}(?:\s[\w&.-]{1,20}){0,2}['\u2019]s)\s+(?:verdict|take|rating)\s*:\s+[^\n]{3,240}",
    # a shop's offer between the paragraphs ('Agri Stores Christmas Offers - 10% off all animal
    # health products for members until 24 December. Show your member card in store.')
    r"(?:[^.!?]{2,60}\s[\u2013\u2014:-]\s)?(?:save\s+)?\d{1,2}\s?%\s+off\s+[^.!?]{3,100}[.!](?:\s+[^.!?]{3,80}[.!])?",
    # a tip box between the paragraphs ('Travel tip: Check your airline's website ...')
    r"(?:travel|top|quick|pro|safety|money|health)\s+tip\s*:\s*[^\n]{10,200}",
    # a release's pointer after its last paragraph ('Further information is available on the
    # NCCC's enforcement page.', 'For more information, see the guidance for business.')
    r"(?:further|more)\s+information(?:\s+(?:about|on)\s+[^.!?]{1,60})?\s+is\s+available\s+(?:on|at|from|in|via)\s+"
    r"[^.!?]{1,100}[.!]?",
    r"for\s+(?:further|more)\s+information,?\s+(?:please\s+)?(?:see|visit|go\s+to|refer\s+to)\s+[^.!?]{1,100}[.!]?",
    # the form's own error message ('Please enter a valid email address.')
    r"please\s+(?:enter|provide|use)\s+a\s+valid\s+e-?mail(?:\s+address)?[.!]?",
    # A nonprofit's appeal between the paragraphs, its last sentence the ask ('X is a
    # nonprofit newsroom. Our reporting is free to read because readers chip in. Donate today.')
    r"(?:[^.!?]{1,160}[.!?]\s+){0,3}(?:please\s+)?(?:donate|give|become\s+a\s+(?:member|supporter|donor))"
    r"\s+(?:today|now)[.!]?",
    # ... or the ask spelled out: 'Support our work with a gift today.'
    r"(?:[^.!?]{1,160}[.!?]\s+){0,3}(?:please\s+)?support\s+(?:our|this|independent)\s+(?:work|journalism|reporting)"
    r"\s+(?:with|by\s+making)\s+an?\s+(?:gift|donation|contribution)(?:\s+(?:today|now))?[.!]?",
)

# A heading that starts a list of links to other stories: the heading and the
# headline-like lines after it are dropped, up to the next real paragraph.
DEFAULT_BLOCK_HEADINGS: tuple[str, ...] = (
    # (a heading may name the site: 'Related coverage from Port Alder Gazette')
    r"related(?: articles?| stories| news| coverage| content| links| pages| resources| insights| guides"
    r"| posts| reading| reads| topics| videos)?"
    r"(?: (?:from|on|at) .{1,40})?\s*:?",
    r"(?:read more|more from .{1,40}|see also|recommended(?: stories| for you)?|most (?:read|viewed|popular)"
    r"|trending(?: now| stories| news| articles)?|top stories(?: (?:from|on|at) .{1,40})?"
    r"|you (?:may|might) also like|more like this|editor'?s picks?"
    r"|more (?:in )?(?:tech|markets|business|news|politics|world|science|sports|energy|economy|finance"
    r"|culture))"
    r"\s*(?::|\u2026|\.{3})?",
    # ('Skip next section Explore more': a screen reader's skip link glued to the heading)
    r"(?:skip (?:next|this) section\s+)?(?:explore more|more on this (?:story|topic)|more stories|also read"
    r"|read next|up next|don'?t miss|further reading|in other news)\s*:?",
    # a post's list of the others of its kind: 'Other recent notices', 'More media releases'
    r"(?:other|more|recent|latest)(?:\s+(?:recent|latest))?\s+(?:notices|announcements|alerts|updates|posts"
    r"|(?:news|media|press)\s+releases|statements)\s*:?",
    r"(?:관련\s*기사|관련\s*뉴스|관련\s*(?:상담\s*사례|사례|콘텐츠|영상)|추천\s*기사|"
    # (a legal platform's card of the lawyers who answered, under its story)
    r"이\s*기사에\s*(?:답변|참여)한\s*(?:변호사|전문가|세무사|노무사)|많이\s*본\s*(?:기사|뉴스)|인기\s*기사|주요\s*뉴스"
    r"|이\s*시각\s*.{0,10}뉴스|함께\s*(?:볼|보면\s*좋은)\s*.{0,6}(?:기사|뉴스)|다른\s*기사\s*보기|더\s*보기)\s*:?.*",
    # a blog's other posts of the category under the post: "'출간 소식' 카테고리의 다른 글"
    r"[\'\u2018\"\u201c]?[^\'\u2019\"\u201d]{1,30}[\'\u2019\"\u201d]?\s*카테고리의\s*다른\s*글",
)

# Removed wherever it appears inside a line, not only as a whole line.
# A screen reader's note after a link ('Shares in X (123.KS), opens new tab jumped ...').
INLINE_CHROME = re.compile(
    r"[ \t]?\[?\[email\s*protected\]\]?|,\s*opens\s+(?:in\s+)?(?:a\s+)?new\s+(?:tab|window)\b", re.IGNORECASE
)
# Chrome is short; longer lines are body, and are not worth matching 30 patterns against.
MAX_CHROME_LINE = 400


def _compile(patterns: Iterable[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE | re.UNICODE)


class ChromeFilter:
    """Decides whether a line is site chrome, or the heading of a block of it."""

    def __init__(self, extra_patterns: Iterable[str] = (), extra_headings: Iterable[str] = ()) -> None:
        extra_patterns = tuple(extra_patterns)
        self._regex = _compile((*DEFAULT_CHROME_PATTERNS, *extra_patterns))
        self._headings = _compile((*DEFAULT_BLOCK_HEADINGS, *extra_headings))
        # config.yaml's own patterns, tried on long lines too (the built-in ones are for
        # the short lines furniture is made of).
        self._extra = _compile(extra_patterns) if extra_patterns else None

    def is_chrome(self, line: str) -> bool:
        line = line.strip()
        return len(line) <= MAX_CHROME_LINE and self._regex.fullmatch(line) is not None

    def is_extra_chrome(self, line: str) -> bool:
        """Whether one of config.yaml's chrome patterns matches the whole line."""
        line = line.strip()
        return (
            self._extra is not None
            and len(line) <= MAX_CHROME_LINE
            and self._extra.fullmatch(line) is not None
        )

    def starts_block(self, line: str) -> bool:
        line = line.strip()
        return len(line) <= MAX_CHROME_LINE and self._headings.fullmatch(line) is not None
