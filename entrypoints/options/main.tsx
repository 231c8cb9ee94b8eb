import { render } from 'preact'; render(<p>ReplyClock</p>, document.getElementById('app')!);
