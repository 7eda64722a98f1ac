/// The counting room's three pages: plain HTML, one small inline script each, no external assets (the room has no
/// internet), Vietnamese, large type. Every figure and name comes from the API as JSON and is put on the page with
/// `textContent`, never as HTML. The token is kept in the tab's sessionStorage (no cookie) and sent in a header.
enum CountPages {
    static let style = """
    <style>
    body{font-family:"Liberation Sans",Arial,sans-serif;font-size:22px;margin:1em;background:#fff;color:#111}
    h1{font-size:1.5em;margin:.2em 0}h2{font-size:1.25em;margin:.6em 0 .2em}
    input,select,button{font-size:1em;padding:.3em .5em;margin:.2em}
    button{min-width:6em;min-height:2.2em}
    table{border-collapse:collapse}td,th{border:1px solid #999;padding:.2em .6em;text-align:left}
    td.n{text-align:right}.err{color:#a00;font-weight:bold}.ok{color:#060}
    .names li{list-style:none;padding:.15em .4em;margin:.1em 0;border:2px solid #ccc;border-radius:4px}
    .names li.off{text-decoration:line-through;color:#999;border-color:#eee}
    .names li.y{border-color:#060}.names li.n{border-color:#a00;color:#a00}
    .names li.x{color:#999}
    .elected{font-weight:bold}.hidden{display:none}.code{font-family:"Liberation Mono",monospace;font-size:.8em;word-break:break-all}
    kbd{border:1px solid #999;border-radius:3px;padding:0 .3em;font-family:inherit}
    </style>
    """

    static let common = """
    function el(tag, text, cls){const e=document.createElement(tag);if(text!==undefined)e.textContent=String(text);if(cls)e.className=cls;return e}
    function tok(){return sessionStorage.getItem('token')||''}
    async function api(method, path, body){
      const r=await fetch(path,{method,headers:{'Authorization':'Bearer '+tok(),'Content-Type':'application/json'},body:body?JSON.stringify(body):undefined});
      const j=await r.json().catch(()=>({}));
      if(!r.ok){throw new Error((j.code?j.code+': ':'')+(j.message||r.status))}
      return j}
    async function login(role){
      const t=document.getElementById('token').value.trim();sessionStorage.setItem('token',t);
      try{const me=await api('GET','/api/me');if(me.role!==role){throw new Error('mã này không phải của '+(role==='head'?'Trưởng ban':'người nhập phiếu'))}
        document.getElementById('who').textContent=me.name;return me}
      catch(e){sessionStorage.removeItem('token');document.getElementById('msg').textContent=e.message;throw e}}
    const reasons=[['not-issued-by-board','Không do Ban Kiểm phiếu phát ra'],['more-names-than-seats','Bầu nhiều hơn số lượng cần bầu'],['no-name-kept','Gạch tên tất cả (danh sách có số dư)'],['name-added','Ghi thêm tên ngoài danh sách'],['identifies-voter','Có dấu hiệu nhận biết người bầu']];
    function describe(reading, names){
      if(reading===null||reading===undefined)return '(chưa nhập)';
      if(reading==='none')return 'không có phiếu ở vị trí này';
      const k=reading.slice(0,2),b=reading.slice(2);
      if(k==='K:'){const kept=b?b.split(',').map(Number):[];const struck=names.map((_,i)=>i+1).filter(n=>!kept.includes(n));
        return 'gạch '+struck.length+' tên: '+(struck.length?struck.map(n=>n+'. '+names[n-1]).join(', '):'(không gạch ai)')}
      if(k==='A:')return [...b].map((c,i)=>(i+1)+'. '+(names[i]||'?')+' '+(c==='y'?'đồng ý':c==='n'?'không đồng ý':'—')).join(', ');
      if(k==='I:'){const r=reasons.find(x=>x[0]===b);return 'không hợp lệ: '+(r?r[1]:b)}
      return reading}
    """

    static let hall = """
    <!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Kết quả kiểm phiếu</title>\(style)
    <style>body{font-size:30px}</style></head><body>
    <h1 id="congress">Kiểm phiếu</h1><div id="rounds"></div>
    <script>
    \(common)
    function draw(s){
      document.getElementById('congress').textContent=s.congress;
      const root=document.getElementById('rounds');root.replaceChildren();
      for(const r of s.rounds){
        const sec=el('section');sec.appendChild(el('h2','Bầu '+r.body+' — lần '+r.round));
        if(!r.published){
          sec.appendChild(el('p','Đang kiểm phiếu: đã đối chiếu '+r.counted+' phiếu'+(r.collected!=null?' / thu về '+r.collected:'')));
          const t=el('table');const h=el('tr');['Tập','Đã nhập (mỗi người)','Chốt'].forEach(x=>h.appendChild(el('th',x)));t.appendChild(h);
          for(const p of r.piles){const tr=el('tr');tr.appendChild(el('td',p.number,'n'));tr.appendChild(el('td',p.entered.join(' · ')));tr.appendChild(el('td',p.closed?'✓':''));t.appendChild(tr)}
          sec.appendChild(r.groups.length?groupTable(r.groups):t)
        }else{
          sec.appendChild(el('p','Phiếu phát ra '+r.issued+', thu về '+r.collected+', hợp lệ '+r.valid+', không hợp lệ '+r.invalid+'.'));
          const t=el('table');const h=el('tr');['Họ và tên','Số phiếu','Tỷ lệ (so với '+r.base+')'].forEach(x=>h.appendChild(el('th',x)));t.appendChild(h);
          for(const c of r.results){const tr=el('tr',undefined,c.elected?'elected':'');tr.appendChild(el('td',c.name));tr.appendChild(el('td',c.votes,'n'));tr.appendChild(el('td',c.percent,'n'));t.appendChild(tr)}
          sec.appendChild(t);
          sec.appendChild(el('h2','Trúng cử'));const ol=el('ol');r.elected.forEach(n=>ol.appendChild(el('li',n,'elected')));sec.appendChild(ol);
          sec.appendChild(el('p','Mã kiểm tra: '+r.check_code,'code'))}
        root.appendChild(sec)}}
    function groupTable(groups){const t=el('table');const h=el('tr');['Tổ','Số người đã nhập biên bản','Đã khớp'].forEach(x=>h.appendChild(el('th',x)));t.appendChild(h);
      for(const g of groups){const tr=el('tr');tr.appendChild(el('td',g.number,'n'));tr.appendChild(el('td',g.entered,'n'));tr.appendChild(el('td',g.settled?'✓':''));t.appendChild(tr)}return t}
    const es=new EventSource('/api/events');es.addEventListener('state',e=>draw(JSON.parse(e.data)));
    </script></body></html>
    """

    static let entry = """
    <!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Nhập phiếu</title>\(style)</head><body>
    <h1>Nhập phiếu <span id="who"></span></h1><p id="msg" class="err"></p>
    <div id="login"><label>Mã truy cập <input id="token" type="password" autocomplete="off" autofocus></label>
    <button id="go">Vào</button></div>
    <div id="choose" class="hidden"><label>Lần bầu <select id="round"></select></label>
    <label>Tập phiếu số <input id="pile" type="number" min="1" value="1" style="width:4em"></label>
    <button id="start">Bắt đầu nhập tập</button></div>
    <div id="enter" class="hidden">
    <h2 id="where"></h2><p id="mode"></p><ol class="names" id="names"></ol><p>Đang gõ: <b id="typed"></b></p>
    <p id="saved" class="ok"></p>
    <p><kbd>số</kbd> rồi <kbd>Space</kbd>: đổi tên đó · <kbd>Enter</kbd>: lưu phiếu, sang phiếu sau · <kbd>x</kbd>: phiếu không hợp lệ (rồi chọn số lý do) ·
    <kbd>Esc</kbd>: làm lại phiếu này · <kbd>s</kbd>: sửa phiếu trước · <kbd>c</kbd>: chốt tập</p></div>
    <script>
    \(common)
    let R=null,pile=1,pos=1,typed='',marks=[],invalidMode=false,invalid=null,correction=false,rounds=[];
    document.getElementById('go').onclick=async()=>{await login('clerk');const s=await api('GET','/api/state');
      rounds=s.rounds.filter(r=>!r.published);const sel=document.getElementById('round');sel.replaceChildren();
      rounds.forEach((r,i)=>{const o=el('option','Bầu '+r.body+' — lần '+r.round);o.value=i;sel.appendChild(o)});
      document.getElementById('login').classList.add('hidden');document.getElementById('choose').classList.remove('hidden');sel.focus()};
    document.getElementById('token').addEventListener('keydown',e=>{if(e.key==='Enter')document.getElementById('go').click()});
    document.getElementById('start').onclick=async()=>{R=rounds[+document.getElementById('round').value];pile=+document.getElementById('pile').value;
      const mine=await api('GET','/api/mine?election='+encodeURIComponent(R.election)+'&round='+R.round+'&pile='+pile);
      pos=mine.reduce((m,e)=>Math.max(m,e.position),0)+1;
      document.getElementById('choose').classList.add('hidden');document.getElementById('enter').classList.remove('hidden');
      document.activeElement.blur();fresh();show()};
    function fresh(){typed='';invalidMode=false;invalid=null;correction=false;marks=R.form==='strike'?R.names.map(()=>true):R.names.map(()=>'y')}
    function reading(){if(invalidMode)return invalid===null?'I:':'I:'+reasons[invalid][0];
      if(R.form==='strike')return 'K:'+marks.map((k,i)=>k?i+1:0).filter(x=>x).join(',');return 'A:'+marks.join('')}
    function show(){document.getElementById('where').textContent='Tập '+pile+' — phiếu số '+pos+(correction?' (sửa)':'');
      document.getElementById('typed').textContent=typed;
      const ol=document.getElementById('names');ol.replaceChildren();
      if(invalidMode){document.getElementById('mode').textContent='Phiếu không hợp lệ — chọn lý do:';
        reasons.forEach((r,i)=>ol.appendChild(el('li',(i+1)+'. '+r[1],invalid===i?'y':'x')));return}
      document.getElementById('mode').textContent=R.form==='strike'?'Phiếu có số dư: gạch tên bị gạch ('+R.seats+' cần bầu)':'Phiếu không có số dư: đồng ý / không đồng ý';
      R.names.forEach((n,i)=>{const m=marks[i];ol.appendChild(el('li',(i+1)+'. '+n+(R.form==='strike'?'':m==='y'?' — đồng ý':m==='n'?' — không đồng ý':' — không tính'),R.form==='strike'?(m?'':'off'):m))})}
    function toggle(n){if(invalidMode){if(n>=1&&n<=reasons.length)invalid=n-1;return}
      if(n<1||n>R.names.length){document.getElementById('msg').textContent='Không có số '+n+' trên lá phiếu';return}
      if(R.form==='strike')marks[n-1]=!marks[n-1];else marks[n-1]={'y':'n','n':'-','-':'y'}[marks[n-1]]}
    async function save(){try{const a=await api('POST','/api/enter',{election:R.election,round:R.round,pile,position:pos,reading:reading(),correction});
        document.getElementById('saved').textContent='Đã lưu tập '+a.pile+', phiếu '+a.position+(a.revision?' (sửa lần '+a.revision+')':'');
        document.getElementById('msg').textContent='';
        pos=correction?savedNext:pos+1;fresh()}catch(e){document.getElementById('msg').textContent=e.message}}
    let savedNext=1;
    async function closePile(){const n=pos-1;if(!confirm('Chốt tập '+pile+' với '+n+' phiếu?'))return;
      try{await api('POST','/api/close',{election:R.election,round:R.round,pile,ballots:n});document.getElementById('saved').textContent='Đã chốt tập '+pile+': '+n+' phiếu';}
      catch(e){document.getElementById('msg').textContent=e.message}}
    // Keys are handled one after another, in the order typed: a key typed while a ballot is being saved waits for
    // the save and then applies to the next ballot (nothing typed is lost or applied to the wrong ballot).
    let queue=Promise.resolve();
    const handled=k=>(k>='0'&&k<='9')||[' ','Enter','x','Escape','Backspace','s','c'].includes(k);
    document.addEventListener('keydown',e=>{if(!R||document.getElementById('enter').classList.contains('hidden')||!handled(e.key))return;
      e.preventDefault();const k=e.key;queue=queue.then(()=>handle(k)).catch(err=>{document.getElementById('msg').textContent=err.message})});
    async function handle(k){
      if(k>='0'&&k<='9'){if(invalidMode){toggle(+k)}else{typed+=k}}
      else if(k===' '){if(typed)toggle(+typed);typed=''}
      else if(k==='Enter'){if(typed){toggle(+typed);typed=''}else{await save()}}
      else if(k==='x'){invalidMode=!invalidMode;invalid=null;typed=''}
      else if(k==='Escape'){fresh()}
      else if(k==='Backspace'){typed=typed.slice(0,-1)}
      else if(k==='s'&&pos>1){savedNext=pos;fresh();pos=pos-1;correction=true}
      else if(k==='c'){await closePile()}
      show()}
    </script></body></html>
    """

    static let head = """
    <!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Trưởng Ban Kiểm phiếu</title>\(style)</head><body>
    <h1>Trưởng Ban Kiểm phiếu <span id="who"></span></h1><p id="msg" class="err"></p>
    <div id="login"><label>Mã truy cập <input id="token" type="password" autocomplete="off" autofocus></label><button id="go">Vào</button></div>
    <div id="work" class="hidden">
    <label>Lần bầu <select id="round"></select></label>
    <h2>Số phiếu</h2><label>Phát ra <input id="issued" type="number" min="0" style="width:5em"></label>
    <label>Thu về <input id="collected" type="number" min="0" style="width:5em"></label><button id="figures">Ghi</button>
    <h2>Đối chiếu</h2><div id="recon"></div>
    <h2>Công bố</h2><ul id="problems"></ul><button id="publish">Công bố kết quả</button><p id="published" class="ok"></p>
    <p><a href="/nhat-ky" target="_blank">In nhật ký nhập phiếu (các lần bầu đã công bố)</a></p>
    </div>
    <script>
    \(common)
    let rounds=[],R=null;
    function q(){return 'election='+encodeURIComponent(R.election)+'&round='+R.round}
    async function refresh(){const s=await api('GET','/api/state');rounds=s.rounds;const sel=document.getElementById('round');const keep=sel.value;sel.replaceChildren();
      rounds.forEach((r,i)=>{const o=el('option','Bầu '+r.body+' — lần '+r.round+(r.published?' (đã công bố)':''));o.value=i;sel.appendChild(o)});
      if(keep!=='')sel.value=keep;R=rounds[+sel.value||0];await recon()}
    async function recon(){if(!R)return;const r=await api('GET','/api/reconciliation?'+q());const box=document.getElementById('recon');box.replaceChildren();
      if(!r.mismatches.length)box.appendChild(el('p','Không có chênh lệch.'));
      for(const m of r.mismatches){const d=el('div');d.appendChild(el('h3','Tập '+m.pile+', phiếu số '+m.position+(m.decision?' — đã quyết định':'')));
        const ul=el('ul');m.readings.forEach((x,i)=>{const li=el('li',x.clerk+': '+describe(x.reading,R.names));
          if(x.reading!==null){const b=el('button','Chọn cách đọc này');b.onclick=()=>decide(m,x.reading);li.appendChild(b)}ul.appendChild(li)});
        const li=el('li');const b=el('button','Không có phiếu ở vị trí này');b.onclick=()=>decide(m,'none');li.appendChild(b);ul.appendChild(li);
        d.appendChild(ul);if(m.decision)d.appendChild(el('p','Quyết định: '+describe(m.decision,R.names)+' ('+m.decided_by+', '+m.decided_at+')','ok'));box.appendChild(d)}
      const p=document.getElementById('problems');p.replaceChildren();r.problems.forEach(x=>p.appendChild(el('li',x,'err')));
      if(!r.problems.length)p.appendChild(el('li','Cân đối: có thể công bố.','ok'))}
    async function decide(m,reading){try{await api('POST','/api/decide',{election:R.election,round:R.round,pile:m.pile,position:m.position,reading});await recon()}
      catch(e){document.getElementById('msg').textContent=e.message}}
    document.getElementById('go').onclick=async()=>{await login('head');document.getElementById('login').classList.add('hidden');
      document.getElementById('work').classList.remove('hidden');await refresh()};
    document.getElementById('token').addEventListener('keydown',e=>{if(e.key==='Enter')document.getElementById('go').click()});
    document.getElementById('round').onchange=refresh;
    document.getElementById('figures').onclick=async()=>{try{await api('POST','/api/handed-out',{election:R.election,round:R.round,
      issued:+document.getElementById('issued').value,collected:+document.getElementById('collected').value});document.getElementById('msg').textContent='';await recon()}
      catch(e){document.getElementById('msg').textContent=e.message}};
    document.getElementById('publish').onclick=async()=>{try{const p=await api('POST','/api/publish',{election:R.election,round:R.round});
      document.getElementById('published').textContent='Đã công bố. Trúng cử: '+p.elected.join(', ')+'. Mã kiểm tra: '+p.check_code;await refresh()}
      catch(e){document.getElementById('msg').textContent=e.message}};
    setInterval(()=>{if(R)recon().catch(()=>{})},3000);
    </script></body></html>
    """
}
